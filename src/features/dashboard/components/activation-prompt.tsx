import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { Button } from '@/components/button';
import { paths } from '@/lib/paths';

/** Asks an account without the dispute tool to subscribe; never blocks the rest of the page. */
export function ActivationPrompt({ onLater }: { onLater: () => void }) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="prompt" aria-labelledby="activation-prompt-title">
      <h2 id="activation-prompt-title" className="prompt__title">
        {t('prompt.title')}
      </h2>
      <p>{t('prompt.text')}</p>
      <p>{t('prompt.change')}</p>
      <div className="actions">
        <Link className="button button--primary" to={paths.disputeActivation}>
          {t('prompt.activate')}
        </Link>
        <Button variant="secondary" onClick={onLater}>
          {t('prompt.later')}
        </Button>
      </div>
    </section>
  );
}
