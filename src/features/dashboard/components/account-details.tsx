import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { formatSiret } from '@/lib/validators/siret';
import { paths } from '@/lib/paths';
import type { AccountSummary } from '../api/contract';

/** Every character but the last four hidden, grouped by four like a printed IBAN. */
export function maskIban(lastFour: string, length: number): string {
  const masked = '•'.repeat(Math.max(length - lastFour.length, 0)) + lastFour;
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

function notificationsKey({ ouverture, miseAJour }: AccountSummary['services']['notifications']) {
  if (ouverture && miseAJour) return 'services.notificationsOn.both';
  if (ouverture) return 'services.notificationsOn.opening';
  if (miseAJour) return 'services.notificationsOn.update';
  return null;
}

export function AccountDetails({ account }: { account: AccountSummary }) {
  const { t } = useTranslation('dashboard');
  const { etablissement, utilisateur, services } = account;
  const notifications = notificationsKey(services.notifications);
  return (
    <div className="cards">
      <section className="card" aria-labelledby="dashboard-establishment">
        <h2 id="dashboard-establishment">{t('establishment.title')}</h2>
        <dl className="summary summary--stacked">
          <div>
            <dt>{t('establishment.name')}</dt>
            <dd>{etablissement.raisonSociale}</dd>
          </div>
          <div>
            <dt>{t('establishment.merchantNumber')}</dt>
            <dd>{etablissement.numeroCommercant}</dd>
          </div>
          <div>
            <dt>{t('establishment.siret')}</dt>
            <dd>{formatSiret(etablissement.siret)}</dd>
          </div>
          <div>
            <dt>{t('establishment.iban')}</dt>
            <dd>
              <span aria-hidden="true" className="masked">
                {maskIban(etablissement.ibanFin, etablissement.ibanLongueur)}
              </span>
              <span className="visually-hidden">
                {t('establishment.ibanMasked', { end: etablissement.ibanFin })}
              </span>
            </dd>
          </div>
        </dl>
      </section>
      <section className="card" aria-labelledby="dashboard-user">
        <h2 id="dashboard-user">{t('user.title')}</h2>
        <dl className="summary summary--stacked">
          <div>
            <dt>{t('user.name')}</dt>
            <dd>
              {utilisateur.prenom} {utilisateur.nom}
            </dd>
          </div>
          <div>
            <dt>{t('user.identifiant')}</dt>
            <dd>{utilisateur.identifiant}</dd>
          </div>
          <div>
            <dt>{t('user.email')}</dt>
            <dd className="break">{utilisateur.email}</dd>
          </div>
        </dl>
      </section>
      <section className="card" aria-labelledby="dashboard-services">
        <h2 id="dashboard-services">{t('services.title')}</h2>
        <dl className="summary summary--stacked">
          <div>
            <dt>{t('services.disputeManagement')}</dt>
            <dd>{services.gestionLitiges ? t('services.active') : t('services.inactive')}</dd>
          </div>
          <div>
            <dt>{t('services.notices')}</dt>
            <dd>
              {services.avisLitiges === 'en-ligne'
                ? t('services.noticesOnline')
                : t('services.noticesPost')}
            </dd>
          </div>
          <div>
            <dt>{t('services.notifications')}</dt>
            <dd>
              {notifications && services.gestionLitiges ? (
                <>
                  {t(notifications)}
                  <span className="summary__detail break">
                    {t('services.notificationsTo', { email: services.notifications.email })}
                  </span>
                </>
              ) : (
                t('services.notificationsOff')
              )}
            </dd>
          </div>
        </dl>
        <p className="card__action">
          {services.gestionLitiges ? (
            <Link to={paths.notificationSettings}>{t('services.editNotifications')}</Link>
          ) : (
            <Link to={paths.disputeActivation}>{t('services.activate')}</Link>
          )}
        </p>
      </section>
    </div>
  );
}
