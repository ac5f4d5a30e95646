import { useTranslation } from '@/lib/use-translation';
import { Link, useSearchParams } from 'react-router';
import { Button } from '@/components/button';

interface StepActionsProps {
  previous?: string | null;
  submitLabel?: string;
  pending: boolean;
  pendingLabel?: string;
}

/** « Continuer » (or « back to the review » after a « Modifier »), and « Précédent ». */
export function StepActions({ previous, submitLabel, pending, pendingLabel }: StepActionsProps) {
  const { t } = useTranslation('signup');
  const [searchParams] = useSearchParams();
  const returning = searchParams.get('retour') === 'verification';
  return (
    <div className="actions actions--form">
      <Button type="submit" pending={pending} pendingLabel={pendingLabel ?? t('actions.sending')}>
        {submitLabel ?? (returning ? t('actions.backToReview') : t('actions.continue'))}
      </Button>
      {previous ? (
        <Link className="button button--secondary" to={previous}>
          {t('actions.previous')}
        </Link>
      ) : null}
    </div>
  );
}
