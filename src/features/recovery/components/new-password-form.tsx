import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { PasswordField } from '@/components/form/password-field';
import { PasswordStrength } from '@/components/password-strength';
import { newPasswordFormSchema } from '../api/contract';
import { FailureAlert } from './failure-alert';
import { useRecoveryForm } from './use-recovery-form';

const fields = ['identifiant', 'password'] as const;

interface NewPasswordFormProps {
  /** Whose password this is, from the link: the password must not contain it. */
  identifiant: string;
  pending: boolean;
  send: (password: string) => Promise<void>;
  onFailure: (error: unknown) => boolean;
}

/** The signup's password rules and strength hint; no confirmation field, « Afficher » instead. */
export function NewPasswordForm({ identifiant, pending, send, onFailure }: NewPasswordFormProps) {
  const { t } = useTranslation('recovery');
  const [password, setPassword] = useState('');
  const { formRef, alertRef, errors, failure, submit, recheck } = useRecoveryForm({
    schema: newPasswordFormSchema,
    fields,
    send: (values) => send(values.password),
    onFailure,
  });

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={submit}
      aria-describedby="new-password-intro"
    >
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
          name="password"
          label={t('newPassword.password')}
          hint={t('validation:password.hint')}
          autoComplete="new-password"
          required
          error={errors.password}
          onChange={(event) => {
            setPassword(event.target.value);
            recheck('password');
          }}
        />
        <PasswordStrength password={password} />
      </div>
      <Button type="submit" pending={pending} pendingLabel={t('newPassword.submitting')}>
        {t('newPassword.submit')}
      </Button>
    </form>
  );
}
