import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';

/** What an account without the dispute tool sees instead of its disputes: a way to get it. */
export function ActivationRequired() {
  const { t } = useTranslation('disputes');
  return (
    <section className="prompt" aria-labelledby="disputes-activation-title">
      <h2 id="disputes-activation-title" className="prompt__title">
        {t('activation.title')}
      </h2>
      <p>{t('activation.text')}</p>
      <div className="actions">
        <Link className="button button--primary" to={paths.disputeActivation}>
          {t('activation.activate')}
        </Link>
      </div>
    </section>
  );
}
