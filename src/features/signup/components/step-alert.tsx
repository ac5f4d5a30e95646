import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { paths } from '@/lib/paths';
import { SIGNUP_ERROR_CODES } from '../api/signup-steps';
import type { StepAlert as StepAlertValue } from './use-step-form';

interface StepAlertProps {
  alert: StepAlertValue | null;
  onRetry: () => void;
}

/** The API's answer that no field explains: what to check, where to log in, or « Réessayer ». */
export function StepAlert({ alert, onRetry }: StepAlertProps) {
  const { t } = useTranslation('signup');
  // Each new failure (a new object) is focused, read, acted on.
  const focusRef = useFocusWhenShown<HTMLDivElement>(alert);
  if (!alert) return null;
  if (alert.kind === 'retry') {
    return (
      <Alert key={alert.id} ref={focusRef} tone="error" title={t(alert.messageKey)}>
        <Button variant="secondary" onClick={onRetry}>
          {t('common:actions.retry')}
        </Button>
      </Alert>
    );
  }
  if (alert.code === SIGNUP_ERROR_CODES.alreadyRegistered) {
    return (
      <Alert
        key={alert.id}
        ref={focusRef}
        tone="error"
        title={t('etablissement.errors.alreadyRegisteredTitle')}
      >
        <p>
          {t('etablissement.errors.alreadyRegisteredText')}{' '}
          <Link to={paths.login}>{t('etablissement.errors.login')}</Link>
        </p>
      </Alert>
    );
  }
  if (alert.code === SIGNUP_ERROR_CODES.unknownEstablishment) {
    return (
      <Alert
        key={alert.id}
        ref={focusRef}
        tone="error"
        title={t('etablissement.errors.unknownTitle')}
      >
        <p>{t('etablissement.errors.unknownText')}</p>
      </Alert>
    );
  }
  return <Alert key={alert.id} ref={focusRef} tone="error" title={t('common:errors.unexpected')} />;
}
