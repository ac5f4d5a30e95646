import { useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { PasswordField } from '@/components/form/password-field';
import { useFormValidation } from '@/components/form/use-form-validation';
import { zodCheck } from '@/components/form/zod-check';
import { PasswordStrength } from '@/components/password-strength';
import { newPasswordFormSchema } from '../api/contract';
import { FailureAlert } from './failure-alert';
import { readFields } from './read-fields';
import { useRecoveryFailure } from './use-recovery-failure';

const fields = ['password'] as const;

interface NewPasswordFormProps {
  /** Whose password this is, from the link: the password must not contain it. */
  identifiant: string;
  pending: boolean;
  send: (password: string) => Promise<void>;
  /** A failure the page explains itself (a dead link): return true when handled. */
  onFailure: (error: unknown) => boolean;
}

/** The signup's password rules and strength hint; no confirmation field, « Afficher » instead. */
export function NewPasswordForm({ identifiant, pending, send, onFailure }: NewPasswordFormProps) {
  const { t } = useTranslation('recovery');
  const [password, setPassword] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const { failure, alertRef, showFailure, clearFailure } = useRecoveryFailure();
  const { errorOf, idOf, summary, onChange, handleSubmit } = useFormValidation({
    fields,
    idPrefix: 'new-password',
    check: () =>
      zodCheck(
        newPasswordFormSchema,
        { identifiant, ...readFields(formRef.current, fields) },
        fields,
      ),
  });
  const submit = handleSubmit(
    async (values) => {
      clearFailure();
      await send(values.password);
    },
    (error) => {
      if (!onFailure(error)) showFailure(error);
    },
  );

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={submit}
      onChange={onChange}
      aria-describedby="new-password-intro"
    >
      <ErrorSummary summary={summary} />
      <p id="new-password-intro" className="form__intro">
        {t('newPassword.intro', { identifiant })}
      </p>
      <FailureAlert failure={failure} alertRef={alertRef} onRetry={submit} />
      {/* For password managers: the account the new password belongs to. */}
      <input
        type="text"
        name="identifiant"
        value={identifiant}
        autoComplete="username"
        readOnly
        hidden
      />
      <div className="password-group">
        <PasswordField
          id={idOf('password')}
          name="password"
          label={t('newPassword.password')}
          hint={t('validation:password.hint')}
          autoComplete="new-password"
          required
          error={errorOf('password')}
          onChange={(event) => setPassword(event.target.value)}
        />
        <PasswordStrength password={password} />
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('newPassword.submitting')}>
        {t('newPassword.submit')}
      </Button>
    </form>
  );
}
