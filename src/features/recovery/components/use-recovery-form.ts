import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import { RECOVERY_ERROR_CODES } from '../api/contract';

/** A failure no field explains; a new object each time, so its alert takes focus again. */
export interface RecoveryFailure {
  message: string;
  retryable: boolean;
}

type FieldErrors = Record<string, string | undefined>;

interface RecoveryFormOptions<TSchema extends z.ZodType> {
  /** The request's contract: the form checks what the API will check. */
  schema: TSchema;
  /** The form's field names, in screen order: the first one in error takes focus. */
  fields: readonly string[];
  send: (values: z.output<TSchema>) => Promise<void>;
  /** A failure the page explains itself (a dead link): return true when handled. */
  onFailure?: (error: unknown) => boolean;
}

function firstMessages(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? '');
    errors[name] ??= issue.message;
  }
  return errors;
}

/**
 * What the recovery forms share, after the login form: the platform form read with `FormData`,
 * the contract's messages on the fields (the first one in error focused), one request at a time,
 * and a focused alert that keeps what was typed when the network or the server fails.
 */
export function useRecoveryForm<TSchema extends z.ZodType>({
  schema,
  fields,
  send,
  onFailure,
}: RecoveryFormOptions<TSchema>) {
  const { t, i18n } = useTranslation('recovery');
  const formRef = useRef<HTMLFormElement>(null);
  const inFlight = useRef(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<RecoveryFailure | null>(null);
  const alertRef = useFocusWhenShown<HTMLDivElement>(failure);
  // Focus moves once the field shows its error, after React has rendered it.
  const [invalid, setInvalid] = useState<{ name: string } | null>(null);
  useEffect(() => {
    const field = invalid && formRef.current?.elements.namedItem(invalid.name);
    if (field instanceof HTMLElement) field.focus();
  }, [invalid]);

  const check = () => {
    const data = new FormData(formRef.current ?? undefined);
    const values = Object.fromEntries(fields.map((name) => [name, String(data.get(name) ?? '')]));
    return schema.safeParse(values);
  };

  const showFieldErrors = (fieldErrors: FieldErrors) => {
    setErrors(fieldErrors);
    const name = fields.find((field) => fieldErrors[field]);
    if (name) setInvalid({ name });
    return name !== undefined;
  };

  const describe = (error: unknown): RecoveryFailure => {
    const code = isApiError(error) ? error.body?.code : undefined;
    if (code === RECOVERY_ERROR_CODES.tooManyRequests && isApiError(error)) {
      const until = error.body?.lockedUntil;
      return {
        message: t('errors.tooManyRequests', {
          time: until ? formatTime(until, i18n.language) : '',
        }),
        retryable: false,
      };
    }
    if (code === RECOVERY_ERROR_CODES.emailFailed) {
      return { message: t('errors.emailFailed'), retryable: true };
    }
    return { message: t(apiErrorMessageKey(error)), retryable: true };
  };

  /** Sends values already checked; a second call while one runs is ignored (double click). */
  const dispatch = (values: z.output<TSchema>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setFailure(null);
    void send(values)
      .catch((error: unknown) => {
        if (onFailure?.(error)) return;
        const fieldErrors =
          isApiError(error) && error.status < 500 ? error.body?.fieldErrors : null;
        if (fieldErrors && showFieldErrors(fieldErrors)) return;
        setFailure(describe(error));
      })
      .finally(() => {
        inFlight.current = false;
      });
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (inFlight.current) return;
    const result = check();
    if (!result.success) {
      showFieldErrors(firstMessages(result.error.issues));
      return;
    }
    setErrors({});
    dispatch(result.data);
  };

  /**
   * Once a field shows an error, its message follows the typing, so it is right by the time the
   * user presses the button (a message vanishing on blur would move the button from under the
   * pointer between press and release).
   */
  const recheck = (name: string) => {
    if (!errors[name]) return;
    const result = check();
    const now = result.success ? undefined : firstMessages(result.error.issues)[name];
    setErrors((previous) => ({ ...previous, [name]: now }));
  };

  return { formRef, errors, failure, alertRef, submit, dispatch, recheck };
}
