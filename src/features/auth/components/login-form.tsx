import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { Field } from '@/components/field';
import { PasswordField } from '@/components/password-field';
import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { formatTime } from '@/lib/format';
import { LOGIN_ERROR_CODES, loginRequestSchema, type LoginRequest } from '../api/contract';
import { useLogin } from '../api/login';

type FormValues = { identifiant: string; password: string };

interface LoginFormProps {
  onSuccess: () => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t, i18n } = useTranslation('auth');
  const login = useLogin();
  const inFlight = useRef(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<{ message: string; retryable: boolean } | null>(null);
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors },
  } = useForm<FormValues, unknown, LoginRequest>({
    resolver: zodResolver(loginRequestSchema),
    defaultValues: { identifiant: '', password: '' },
    mode: 'onSubmit',
    reValidateMode: 'onBlur',
  });

  const showFailure = (message: string, retryable: boolean) => {
    setFailure({ message, retryable });
    // The alert is rendered on the next paint; focus it so it is read and the user can act.
    requestAnimationFrame(() => alertRef.current?.focus());
  };

  const send = async (credentials: LoginRequest) => {
    setFailure(null);
    try {
      await login.mutateAsync(credentials);
      onSuccess();
    } catch (error) {
      if (isApiError(error) && error.body?.code === LOGIN_ERROR_CODES.locked) {
        const until = error.body.lockedUntil
          ? formatTime(error.body.lockedUntil, i18n.language)
          : '';
        showFailure(t('login.errors.locked', { time: until }), false);
      } else if (isApiError(error) && error.body?.code === LOGIN_ERROR_CODES.invalidCredentials) {
        resetField('password');
        showFailure(t('login.errors.invalidCredentials'), false);
      } else {
        showFailure(t(apiErrorMessageKey(error)), true);
      }
    }
  };
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    // A double click or a second Enter while the first submit runs must not send twice.
    if (inFlight.current) return;
    inFlight.current = true;
    void handleSubmit(send)(event).finally(() => {
      inFlight.current = false;
    });
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-describedby="login-intro">
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
        label={t('login.identifiant')}
        autoComplete="username"
        autoCapitalize="off"
        spellCheck={false}
        required
        error={errors.identifiant?.message}
        {...register('identifiant')}
      />
      <PasswordField
        label={t('login.password')}
        autoComplete="current-password"
        required
        error={errors.password?.message}
        {...register('password')}
      />
      <Button type="submit" pending={login.isPending} pendingLabel={t('login.submitting')}>
        {t('login.submit')}
      </Button>
    </form>
  );
}
