import type { Ref } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import type { RecoveryFailure } from './use-recovery-failure';

/** Why the request failed; « Réessayer » when trying again may work. */
export function FailureAlert({
  failure,
  alertRef,
  onRetry,
}: {
  failure: RecoveryFailure | null;
  alertRef: Ref<HTMLDivElement>;
  onRetry: () => void;
}) {
  const { t } = useTranslation('common');
  if (!failure) return null;
  return (
    <Alert ref={alertRef} tone="error" title={failure.message}>
      {failure.retryable ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('actions.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
