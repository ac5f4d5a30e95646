import { useTranslation } from '@/lib/use-translation';
import {
  passwordStrength,
  passwordStrengthHintKey,
  passwordStrengthLabelKey,
} from '@/lib/validators/password';
import './password-strength.css';

/**
 * How hard the password being chosen would be to guess, and how to do better, announced
 * politely as it is typed. Wherever a password is chosen (signup, a new password).
 */
export function PasswordStrength({ password }: { password: string }) {
  const { t } = useTranslation('validation');
  const strength = passwordStrength(password).score;
  return (
    <p className={`strength strength--${strength}`} aria-live="polite">
      {password ? (
        <>
          <span className="strength__meter" aria-hidden="true">
            <span className="strength__bar" />
          </span>
          {t('password.strengthSummary', {
            label: t(passwordStrengthLabelKey(strength)),
            hint: t(passwordStrengthHintKey(strength)),
          })}
        </>
      ) : null}
    </p>
  );
}
