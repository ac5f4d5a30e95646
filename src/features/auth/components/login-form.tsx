import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useHydrated } from '@/lib/use-hydrated';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { Field } from '@/components/form/field';
import type { FieldErrors } from '@/components/form/field-errors';
import { PasswordField } from '@/components/form/password-field';
import { useFormValidation, type CheckResult } from '@/components/form/use-form-validation';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import type { LoginRequest } from '../api/contract';
import { LOGIN_ERROR_CODES } from '../api/error-codes';
import { IDENTIFIANT_MAX_LENGTH, PASSWORD_MAX_LENGTH, passwordLength } from '../api/limits';
import { logIn } from '../api/login';

type Name = keyof LoginRequest;
const fields: readonly Name[] = ['identifiant', 'password'];

interface LoginFormProps {
  onSuccess: () => void;
}

/** The contract's rules for two fields, with its message keys; the API checks them again. */
function validate(form: HTMLFormElement | null): CheckResult<LoginRequest, Name> {
  const data = new FormData(form ?? undefined);
  const identifiant = String(data.get('identifiant') ?? '').trim();
  const password = String(data.get('password') ?? '');
  const errors: FieldErrors<Name> = {};
  if (!identifiant) errors.identifiant = 'auth:login.errors.identifiantRequired';
  else if (identifiant.length > IDENTIFIANT_MAX_LENGTH) {
    errors.identifiant = 'auth:login.errors.identifiantTooLong';
  }
  if (!password) errors.password = 'auth:login.errors.passwordRequired';
  else if (passwordLength(password) > PASSWORD_MAX_LENGTH) {
    errors.password = 'auth:login.errors.passwordTooLong';
  }
  return errors.identifiant || errors.password
    ? { ok: false, errors }
    : { ok: true, values: { identifiant, password } };
}

/**
 * Two fields need no form library and no zod here: the platform form, checked by the contract's
 * limits, under the form kit's policy and summary, keeps the page every merchant loads first
 * light (docs/decisions/0004-bundle-budget.md).
 */
export function LoginForm({ onSuccess }: LoginFormProps) {
  // Prerendered: inert until the app runs it (see `useHydrated`).
  const hydrated = useHydrated();
  const { t, i18n } = useTranslation('auth');
  const formRef = useRef<HTMLFormElement>(null);
  // `sending`: from the submit until the page moves on, or until a failure lets the user retry.
  const { errorOf, idOf, summary, onChange, handleSubmit, sending } = useFormValidation({
    fields,
    idPrefix: 'login',
    check: () => validate(formRef.current),
  });
  const [failure, setFailure] = useState<{ message: string; retryable: boolean } | null>(null);
  // Each failure (a new object, even with the same message) focuses its alert.
  const alertRef = useFocusWhenShown<HTMLDivElement>(failure);

  const showFailure = (error: unknown) => {
    if (isApiError(error) && error.body?.code === LOGIN_ERROR_CODES.locked) {
      const until = error.body.lockedUntil ? formatTime(error.body.lockedUntil, i18n.language) : '';
      setFailure({ message: t('login.errors.locked', { time: until }), retryable: false });
    } else if (isApiError(error) && error.body?.code === LOGIN_ERROR_CODES.invalidCredentials) {
      const password = formRef.current?.elements.namedItem('password');
      if (password instanceof HTMLInputElement) password.value = '';
      setFailure({ message: t('login.errors.invalidCredentials'), retryable: false });
    } else {
      setFailure({ message: t(apiErrorMessageKey(error)), retryable: true });
    }
  };

  const send = async (credentials: LoginRequest) => {
    setFailure(null);
    await logIn(credentials);
    onSuccess();
  };
  // Built at submit time: the failure handler reads the form's fields.
  const submit = (event?: FormEvent) => handleSubmit(send, showFailure)(event);

  return (
    <form
      ref={formRef}
      className="form"
      inert={!hydrated}
      noValidate
      onSubmit={submit}
      onChange={onChange}
      aria-describedby="login-intro"
    >
      <ErrorSummary summary={summary} />
      <p id="login-intro" className="form__intro">
        {t('login.intro')}
      </p>
      {failure ? (
        <Alert ref={alertRef} tone="error" title={failure.message}>
          {failure.retryable ? (
            <Button variant="secondary" onClick={() => submit()}>
              {t('common:actions.retry')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <Field
        name="identifiant"
        label={t('login.identifiant')}
        autoComplete="username"
        autoCapitalize="off"
        spellCheck={false}
        required
        id={idOf('identifiant')}
        error={errorOf('identifiant')}
      />
      <PasswordField
        name="password"
        label={t('login.password')}
        autoComplete="current-password"
        required
        id={idOf('password')}
        error={errorOf('password')}
      />
      <Button type="submit" pending={sending} pendingLabel={t('login.submitting')}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
