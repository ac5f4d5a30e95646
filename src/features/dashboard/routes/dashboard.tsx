import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/components/page-heading';
import { useCurrentUser } from '@/features/auth/api/get-session';
import { useDocumentTitle } from '@/lib/document-title';

export default function DashboardRoute() {
  const { t } = useTranslation('dashboard');
  const user = useCurrentUser();
  useDocumentTitle(t('title'));
  return (
    <div className="page">
      <PageHeading>{t('heading')}</PageHeading>
      <p className="lead">{t('welcome', { name: `${user.prenom} ${user.nom}` })}</p>
      <section className="card" aria-labelledby="dashboard-account">
        <h2 id="dashboard-account">{t('account.title')}</h2>
        <dl className="summary">
          <div>
            <dt>{t('account.establishment')}</dt>
            <dd>{user.etablissement.raisonSociale}</dd>
          </div>
          <div>
            <dt>{t('account.merchantNumber')}</dt>
            <dd>{user.etablissement.numeroCommercant}</dd>
          </div>
          <div>
            <dt>{t('account.user')}</dt>
            <dd>
              {user.prenom} {user.nom}
            </dd>
          </div>
          <div>
            <dt>{t('account.identifiant')}</dt>
            <dd>{user.identifiant}</dd>
          </div>
          <div>
            <dt>{t('account.disputeManagement')}</dt>
            <dd>{user.gestionLitiges ? t('account.active') : t('account.inactive')}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
