import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Field } from '@/components/field';
import { PasswordField } from '@/components/password-field';
import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import { useSubmitOnce, type Submission } from '@/lib/use-submit-once';
import type { LoginRequest } from '../api/contract';
import { LOGIN_ERROR_CODES } from '../api/error-codes';
import { IDENTIFIANT_MAX_LENGTH, PASSWORD_MAX_LENGTH, passwordLength } from '../api/limits';
import { useLogin } from '../api/login';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';

type FieldErrors = Partial<Record<keyof LoginRequest, string>>;

interface LoginFormProps {
  onSuccess: () => void;
}

/** The contract's rules for two fields, with its message keys; the API checks them again. */
function validate(form: HTMLFormElement) {
  const data = new FormData(form);
  const identifiant = String(data.get('identifiant') ?? '').trim();
  const password = String(data.get('password') ?? '');
  const errors: FieldErrors = {};
  if (!identifiant) errors.identifiant = 'auth:login.errors.identifiantRequired';
  else if (identifiant.length > IDENTIFIANT_MAX_LENGTH) {
    errors.identifiant = 'auth:login.errors.identifiantTooLong';
  }
  if (!password) errors.password = 'auth:login.errors.passwordRequired';
  else if (passwordLength(password) > PASSWORD_MAX_LENGTH) {
    errors.password = 'auth:login.errors.passwordTooLong';
  }
  const valid = !errors.identifiant && !errors.password;
  return { credentials: valid ? { identifiant, password } : null, errors };
}

/**
 * Two fields need no form library and no zod here: the platform form and a few lines of state
 * keep the page every merchant loads first light (docs/decisions/0004-bundle-budget.md).
 */
export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t, i18n } = useTranslation('auth');
  const login = useLogin();
  const submitOnce = useSubmitOnce();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; retryable: boolean } | null>(null);
  // Each failure (a new object, even with the same message) focuses its alert.
  const alertRef = useFocusWhenShown<HTMLDivElement>(failure);

  const showFailure = (message: string, retryable: boolean) => setFailure({ message, retryable });

  const send = async (form: HTMLFormElement, submission: Submission) => {
    const { credentials, errors: fieldErrors } = validate(form);
    setErrors(fieldErrors);
    if (!credentials) {
      submission.done();
      const firstInvalid = form.querySelector<HTMLInputElement>('[aria-invalid="true"]');
      requestAnimationFrame(() =>
        (firstInvalid ?? form.querySelector<HTMLInputElement>('input[aria-invalid]'))?.focus(),
      );
      return;
    }
    setFailure(null);
    try {
      await login.mutateAsync(credentials);
      onSuccess();
    } catch (error) {
      submission.failed(error);
      if (isApiError(error) && error.body?.code === LOGIN_ERROR_CODES.locked) {
        const until = error.body.lockedUntil
          ? formatTime(error.body.lockedUntil, i18n.language)
          : '';
        showFailure(t('login.errors.locked', { time: until }), false);
      } else if (isApiError(error) && error.body?.code === LOGIN_ERROR_CODES.invalidCredentials) {
        const password = form.elements.namedItem('password');
        if (password instanceof HTMLInputElement) password.value = '';
        showFailure(t('login.errors.invalidCredentials'), false);
      } else {
        showFailure(t(apiErrorMessageKey(error)), true);
      }
    }
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const form = formRef.current;
    // A double click or a second Enter while the first submit runs must not send twice.
    const submission = form ? submitOnce() : null;
    if (!form || !submission) return;
    void send(form, submission);
  };

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={submit}
      aria-describedby="login-intro"
    >
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
        error={errors.identifiant}
        onBlur={() =>
          errors.identifiant && formRef.current && setErrors(validate(formRef.current).errors)
        }
      />
      <PasswordField
        name="password"
        label={t('login.password')}
        autoComplete="current-password"
        required
        error={errors.password}
        onBlur={() =>
          errors.password && formRef.current && setErrors(validate(formRef.current).errors)
        }
      />
      <Button type="submit" pending={login.isPending} pendingLabel={t('login.submitting')}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
