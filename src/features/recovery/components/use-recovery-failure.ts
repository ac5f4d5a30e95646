import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import { RECOVERY_ERROR_CODES } from '../api/contract';

/** A failure no field explains; a new object each time, so its alert takes focus again. */
export interface RecoveryFailure {
  message: string;
  retryable: boolean;
}

/**
 * The alert of a recovery request that failed for no field's sake: too many requests (until
 * when, no retry), the mail server down, the network or the server. What was typed stays.
 */
export function useRecoveryFailure() {
  const { t, i18n } = useTranslation('recovery');
  const [failure, setFailure] = useState<RecoveryFailure | null>(null);
  const alertRef = useFocusWhenShown<HTMLDivElement>(failure);

  const describe = (error: unknown): RecoveryFailure => {
    const body = isApiError(error) ? error.body : null;
    if (body?.code === RECOVERY_ERROR_CODES.tooManyRequests) {
      const until = body.lockedUntil ? formatTime(body.lockedUntil, i18n.language) : '';
      return { message: t('errors.tooManyRequests', { time: until }), retryable: false };
    }
    if (body?.code === RECOVERY_ERROR_CODES.emailFailed) {
      return { message: t('errors.emailFailed'), retryable: true };
    }
    return { message: t(apiErrorMessageKey(error)), retryable: true };
  };

  return {
    failure,
    alertRef,
    showFailure: (error: unknown) => setFailure(describe(error)),
    clearFailure: () => setFailure(null),
  };
}
