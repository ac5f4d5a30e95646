import { useTranslation } from '@/lib/use-translation';
import { NavLink, Outlet, useMatch } from 'react-router';
import { CurrentUserProvider } from '@/features/auth/api/current-user';
import { useSession } from '@/features/auth/api/session-store';
import { IdleTimeout } from '@/features/auth/components/idle-timeout';
import { ChatDock } from '@/features/contact/components/chat-dock';
import { paths } from '@/lib/paths';

export default function AuthenticatedLayout() {
  const { t } = useTranslation('common');
  const { data } = useSession();
  // « Litiges » stays current on a case's pages, not on the statistics, which have their own link.
  const onStatistics = useMatch(paths.disputeStatistics) !== null;
  // After logout or expiry the cache is empty: render nothing of the user while we leave.
  if (!data?.user) return null;
  return (
    <CurrentUserProvider user={data.user}>
      <nav className="subnav" aria-label={t('nav.label')}>
        <NavLink to={paths.dashboard}>{t('nav.dashboard')}</NavLink>
        {data.user.gestionLitiges ? (
          <>
            <NavLink to={paths.disputes} end={onStatistics}>
              {t('nav.disputes')}
            </NavLink>
            <NavLink to={paths.disputeStatistics}>{t('nav.statistics')}</NavLink>
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
