import { useTranslation } from '@/lib/use-translation';

/** Shown while the app asks the API who is logged in, before the first page renders. */
export function StartupFallback() {
  const { t } = useTranslation('common');
  return (
    <p role="status" className="startup">
      <span className="spinner" aria-hidden="true" /> {t('loading')}
    </p>
  );
}
