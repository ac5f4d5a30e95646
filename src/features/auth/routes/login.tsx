import { useTranslation } from '@/lib/use-translation';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { PageHeading } from '@/components/page-heading';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';
import { safeRedirectPath } from '@/lib/safe-redirect';
import { LoginForm } from '../components/login-form';

export default function LoginRoute() {
  const { t } = useTranslation('auth');
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const reason = searchParams.get('raison');
  const redirectTo = safeRedirectPath(searchParams.get('redirectTo'), paths.dashboard);
  useDocumentTitle(t('login.title'));

  return (
    <div className="page page--narrow">
      <PageHeading>{t('login.title')}</PageHeading>
      {reason === 'inactivite' ? <Alert tone="warning" title={t('login.sessionIdle')} /> : null}
      {reason === 'session-expiree' ? (
        <Alert tone="warning" title={t('login.sessionEnded')} />
      ) : null}
      {reason === 'deconnexion' ? <Alert tone="success" title={t('login.loggedOut')} /> : null}
      <LoginForm onSuccess={() => navigate(redirectTo, { replace: true })} />
      <ul className="page__aside link-list">
        <li>
          <Link to={paths.passwordForgotten}>{t('login.forgotPassword')}</Link>
        </li>
        <li>
          <Link to={paths.identifiantForgotten}>{t('login.forgotIdentifiant')}</Link>
        </li>
      </ul>
      <p className="page__aside">
        {t('login.noAccount')} <Link to={paths.signup}>{t('login.createAccount')}</Link>
      </p>
    </div>
  );
}
