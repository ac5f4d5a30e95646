import { useWatch } from 'react-hook-form';
import { useTranslation } from '@/lib/use-translation';
import { useNavigate, useSearchParams } from 'react-router';
import { CheckboxField } from '@/components/form/checkbox-field';
import { ErrorSummary } from '@/components/form/error-summary';
import { Field } from '@/components/form/field';
import { FieldsetGroup } from '@/components/form/fieldset-group';
import { paths } from '@/lib/paths';
import { normalizeEmail } from '@/lib/validators/email';
import { etablissementSchema, gestionFinanciereSchema, profilSchema } from '../api/contract';
import { verifyGestionFinanciere } from '../api/verify-gestion-financiere';
import { getPassword, markVerified, readDraft, saveAnswers } from '../draft';
import type { SignupAnswers } from '../draft-schema';
import { pathAfterStep, RETURN_PARAM, RETURN_TO_REVIEW } from '../steps';
import { StepActions } from './step-actions';
import { StepAlert } from './step-alert';
import { useStepForm } from './use-step-form';

type Values = SignupAnswers['gestionFinanciere'];
const fields = [
  'gestionLitiges',
  'notifications.ouverture',
  'notifications.miseAJour',
  'notifications.autreEmail',
  'conditionsAcceptees',
] as const;

/** Step 3: what the account gives, « Gestion des litiges » (opt-in) and the terms of use. */
export function GestionFinanciereForm() {
  const { t } = useTranslation('signup');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const profileEmail = normalizeEmail(readDraft().answers.profil.email);
  const { form, alert, summary, submitWith, errorOf, idOf, onChange, sending } = useStepForm({
    step: 'gestionFinanciere',
    schema: gestionFinanciereSchema,
    defaultValues: readDraft().answers.gestionFinanciere,
    fields,
    onValuesChange: (values: Values) => saveAnswers('gestionFinanciere', values),
  });
  const { register } = form;
  const subscribed = useWatch({ control: form.control, name: 'gestionLitiges' });

  const submit = submitWith(async (gestionFinanciere) => {
    const { answers } = readDraft();
    await verifyGestionFinanciere({
      etablissement: etablissementSchema.parse(answers.etablissement),
      profil: profilSchema.parse({ ...answers.profil, password: getPassword() }),
      gestionFinanciere,
    });
    markVerified('gestionFinanciere');
    await navigate(
      pathAfterStep('gestionFinanciere', searchParams.get(RETURN_PARAM) === RETURN_TO_REVIEW),
    );
  });

  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      onChange={onChange}
      aria-describedby="signup-gestion-intro"
    >
      <ErrorSummary title={t('errorSummary.title')} summary={summary} />
      <StepAlert alert={alert} onRetry={() => submit()} />
      <div>
        <p id="signup-gestion-intro" className="form__intro">
          {t('gestion.intro')}
        </p>
        <h2 className="form__section-title">{t('gestion.offerTitle')}</h2>
        <ul className="signup__offer">
          <li>{t('gestion.offer.statements')}</li>
          <li>{t('gestion.offer.payments')}</li>
        </ul>
      </div>

      <section className="form__section" aria-labelledby="signup-litiges-title">
        <h2 id="signup-litiges-title" className="form__section-title">
          {t('gestion.litigesTitle')}
        </h2>
        <CheckboxField
          id={idOf('gestionLitiges')}
          label={t('gestion.gestionLitiges')}
          hint={
            <>
              <p>{t('gestion.gestionLitigesHint')}</p>
              <p>{t('gestion.gestionLitigesLater')}</p>
            </>
          }
          error={errorOf('gestionLitiges')}
          {...register('gestionLitiges')}
        />
        {subscribed ? (
          <FieldsetGroup
            className="fieldset--nested"
            legend={t('gestion.notificationsLegend')}
            hint={t('gestion.notificationsHint')}
          >
            <CheckboxField
              id={idOf('notifications.ouverture')}
              label={t('gestion.ouverture')}
              error={errorOf('notifications.ouverture')}
              {...register('notifications.ouverture')}
            />
            <CheckboxField
              id={idOf('notifications.miseAJour')}
              label={t('gestion.miseAJour')}
              error={errorOf('notifications.miseAJour')}
              {...register('notifications.miseAJour')}
            />
            <Field
              id={idOf('notifications.autreEmail')}
              label={t('gestion.autreEmail')}
              hint={t('gestion.autreEmailHint', { email: profileEmail })}
              type="email"
              autoComplete="email"
              spellCheck={false}
              error={errorOf('notifications.autreEmail')}
              {...register('notifications.autreEmail')}
            />
          </FieldsetGroup>
        ) : null}
      </section>

      <section className="form__section" aria-labelledby="signup-conditions-title">
        <h2 id="signup-conditions-title" className="form__section-title">
          {t('gestion.conditionsTitle')}
        </h2>
        <details className="details">
          <summary>{t('gestion.conditionsSummary')}</summary>
          <p>{t('gestion.conditionsText')}</p>
        </details>
        <CheckboxField
          id={idOf('conditionsAcceptees')}
          label={t('gestion.conditionsAcceptees')}
          required
          error={errorOf('conditionsAcceptees')}
          {...register('conditionsAcceptees')}
        />
      </section>
      <StepActions previous={paths.signupProfil} pending={sending} />
    </form>
  );
}
