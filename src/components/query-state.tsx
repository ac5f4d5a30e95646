import { useTranslation } from '@/lib/use-translation';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { apiErrorMessageKey } from '@/lib/api-client';

export function LoadingState({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

/** What failed, why, and a way to try again. */
export function ErrorState({
  title,
  error,
  onRetry,
  retrying,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t } = useTranslation('common');
  return (
    <Alert tone="error" title={title}>
      <p>{t(apiErrorMessageKey(error))}</p>
      <Button
        variant="secondary"
        pending={retrying}
        onClick={() => {
          if (!retrying) onRetry();
        }}
      >
        {t('actions.retry')}
      </Button>
    </Alert>
  );
}
