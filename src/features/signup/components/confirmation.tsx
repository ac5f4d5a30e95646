import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { useSession } from '@/features/auth/api/session-store';
import { paths } from '@/lib/paths';

/** « Votre compte est créé »: what happens next, and the way into the new account. */
export function SignupConfirmation() {
  const { t } = useTranslation('signup');
  const user = useSession().data?.user;
  if (!user) return null;
  return (
    <div className="confirmation">
      <p className="lead">
        {t('confirmation.lead', {
          name: `${user.prenom} ${user.nom}`,
          establishment: user.etablissement.raisonSociale,
        })}
      </p>
      <section className="card" aria-labelledby="signup-next">
        <h2 id="signup-next">{t('confirmation.nextTitle')}</h2>
        <ul>
          <li>
            {user.gestionLitiges
              ? t('confirmation.nextLitigesOn')
              : t('confirmation.nextLitigesOff')}
          </li>
          <li>{t('confirmation.nextEmail', { email: user.email })}</li>
          <li>{t('confirmation.nextLogin', { identifiant: user.identifiant })}</li>
        </ul>
      </section>
      <p className="actions">
        <Link className="button button--primary" to={paths.dashboard}>
          {t('confirmation.goToAccount')}
        </Link>
      </p>
    </div>
  );
}
