import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from '@/lib/use-translation';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { ErrorSummary } from '@/components/form/error-summary';
import { Field } from '@/components/form/field';
import { PasswordField } from '@/components/form/password-field';
import { PasswordStrength } from '@/components/password-strength';
import { paths } from '@/lib/paths';
import { etablissementSchema, profilSchema } from '../api/contract';
import { verifyProfil } from '../api/verify-profil';
import { getPassword, markVerified, readDraft, saveAnswers, setPassword } from '../draft';
import type { SignupAnswers } from '../draft-schema';
import { pathAfterStep, RETURN_PARAM, RETURN_TO_REVIEW } from '../steps';
import { StepActions } from './step-actions';
import { StepAlert } from './step-alert';
import { useStepForm } from './use-step-form';

type Values = SignupAnswers['profil'] & { password: string };
const fields = ['prenom', 'nom', 'email', 'telephone', 'identifiant', 'password'] as const;

/** Step 2: who the user is and how they will log in. The password lives in memory only. */
export function ProfilForm() {
  const { t } = useTranslation('signup');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // After a reload the password is gone while the rest came back: say why it is asked again.
  const [passwordLost] = useState(() => readDraft().passwordTyped && getPassword() === '');
  const { form, alert, summary, submitWith, errorOf, idOf, onChange, sending } = useStepForm({
    step: 'profil',
    schema: profilSchema,
    defaultValues: { ...readDraft().answers.profil, password: getPassword() },
    fields,
    onValuesChange: ({ password, ...profil }: Values) => {
      saveAnswers('profil', profil);
      setPassword(password);
    },
  });
  const { register } = form;
  const password = useWatch({ control: form.control, name: 'password' });

  const submit = submitWith(async (profil) => {
    const etablissement = etablissementSchema.parse(readDraft().answers.etablissement);
    await verifyProfil({ etablissement, profil });
    markVerified('profil');
    await navigate(pathAfterStep('profil', searchParams.get(RETURN_PARAM) === RETURN_TO_REVIEW));
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      onChange={onChange}
      aria-describedby="signup-profil-intro"
    >
      <ErrorSummary title={t('errorSummary.title')} summary={summary} />
      <StepAlert alert={alert} onRetry={() => submit()} />
      {passwordLost ? (
        <Alert tone="info" title={t('profil.passwordAgainTitle')} live={false}>
          <p>{t('profil.passwordAgainText')}</p>
        </Alert>
      ) : null}
      <p id="signup-profil-intro" className="form__intro">
        {t('profil.intro')}
      </p>
      <Field
        id={idOf('prenom')}
        label={t('profil.prenom')}
        autoComplete="given-name"
        required
        error={errorOf('prenom')}
        {...register('prenom')}
      />
      <Field
        id={idOf('nom')}
        label={t('profil.nom')}
        autoComplete="family-name"
        required
        error={errorOf('nom')}
        {...register('nom')}
      />
      <Field
        id={idOf('email')}
        label={t('profil.email')}
        hint={t('profil.emailHint')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        required
        error={errorOf('email')}
        {...register('email')}
      />
      <Field
        id={idOf('telephone')}
        label={t('profil.telephone')}
        hint={t('profil.telephoneHint')}
        type="tel"
        autoComplete="tel"
        error={errorOf('telephone')}
        {...register('telephone')}
      />
      <Field
        id={idOf('identifiant')}
        label={t('profil.identifiant')}
        hint={t('profil.identifiantHint')}
        autoComplete="username"
        autoCapitalize="off"
        spellCheck={false}
        required
        error={errorOf('identifiant')}
        {...register('identifiant')}
      />
      <div className="password-group">
        <PasswordField
          id={idOf('password')}
          label={t('profil.password')}
          hint={
            passwordLost && password === ''
              ? `${t('profil.passwordAgainTitle')} ${t('validation:password.hint')}`
              : t('validation:password.hint')
          }
          autoComplete="new-password"
          required
          error={errorOf('password')}
          {...register('password')}
        />
        <PasswordStrength password={password} />
      </div>
      <StepActions previous={paths.signupEtablissement} pending={sending} />
    </form>
  );
}
