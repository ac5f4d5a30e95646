import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { CurrentUserProvider } from '@/features/auth/api/current-user';
import { useSession } from '@/features/auth/api/get-session';
import { IdleTimeout } from '@/features/auth/components/idle-timeout';
import { ChatDock } from '@/features/contact/components/chat-dock';
import { paths } from '@/lib/paths';

export default function AuthenticatedLayout() {
  const { t } = useTranslation('common');
  const { data } = useSession();
  // After logout or expiry the cache is empty: render nothing of the user while we leave.
  if (!data?.user) return null;
  return (
    <CurrentUserProvider user={data.user}>
      <nav className="subnav" aria-label={t('nav.label')}>
        <NavLink to={paths.dashboard}>{t('nav.dashboard')}</NavLink>
        {data.user.gestionLitiges ? (
          <>
            <NavLink to={paths.disputes}>{t('nav.disputes')}</NavLink>
            <NavLink to={paths.notificationSettings}>{t('nav.notifications')}</NavLink>
          </>
        ) : null}
      </nav>
      <Outlet />
      <IdleTimeout timeoutSeconds={data.idleTimeoutSeconds} />
      <ChatDock identifiant={data.user.identifiant} />
    </CurrentUserProvider>
  );
}
