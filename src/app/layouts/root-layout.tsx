import { useTranslation } from '@/lib/use-translation';
import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { LeaveGuestPage } from '@/features/auth/leave-guest-page';
import { paths } from '@/lib/paths';
import { LanguageSwitch } from './language-switch';
import { MockBadge } from './mock-badge';
import { UserMenu } from './user-menu';

export function RootLayout() {
  const { t } = useTranslation('common');
  const navigation = useNavigation();
  return (
    <div className="shell">
      <LeaveGuestPage />
      <a className="skip-link" href="#contenu">
        {t('skipToContent')}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to={paths.home} className="header__brand">
            {t('appName')}
          </Link>
          <div className="header__tools">
            <MockBadge />
            <LanguageSwitch />
            <UserMenu />
          </div>
        </div>
        {navigation.state === 'loading' ? (
          <div className="progress-bar" aria-hidden="true" />
        ) : null}
      </header>
      <main id="contenu" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('footer.help')}</p>
        <Link to={paths.contact}>{t('footer.contact')}</Link>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
