import { useTranslation } from '@/lib/use-translation';
import { useHydrated } from '@/lib/use-hydrated';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/alert';
import { ErrorSummary } from '@/components/form/error-summary';
import { Field } from '@/components/form/field';
import { formatIban } from '@/lib/validators/iban';
import { formatSiret } from '@/lib/validators/siret';
import { verifyEtablissement } from '../api/verify-etablissement';
import {
  loadSignupChecks,
  markVerified,
  readDraft,
  saveAnswers,
  useSignupDraft,
  verifiedEstablishment,
} from '../draft';
import type { SignupAnswers } from '../draft-schema';
import { pathAfterStep, RETURN_PARAM, RETURN_TO_REVIEW } from '../steps';
import { StepActions } from './step-actions';
import { StepAlert } from './step-alert';
import { useStepForm } from './use-step-form';

type Values = SignupAnswers['etablissement'];
const fields = ['numeroCommercant', 'siret', 'iban'] as const;

/**
 * Step 1. The API looks the three numbers up in the network; the step then names the
 * establishment found, and « Continuer » goes on once the user has seen it is theirs.
 */
export function EtablissementForm() {
  // Prerendered: inert until the app runs it (see `useHydrated`).
  const hydrated = useHydrated();
  const { t } = useTranslation('signup');
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const found = verifiedEstablishment(useSignupDraft());
  const { form, alert, summary, submitWith, errorOf, idOf, onChange, sending } = useStepForm({
    step: 'etablissement',
    // The page shows without zod: the schema loads once the user starts filling it in.
    schema: () => loadSignupChecks().then((checks) => checks.etablissementSchema),
    defaultValues: readDraft().answers.etablissement,
    fields,
    onValuesChange: (values: Values) => saveAnswers('etablissement', values),
  });
  const { register, setValue, getValues } = form;

  const submit = submitWith(async (etablissement) => {
    if (verifiedEstablishment(readDraft())) {
      await navigate(
        pathAfterStep('etablissement', searchParams.get(RETURN_PARAM) === RETURN_TO_REVIEW),
      );
      return;
    }
    const establishment = await verifyEtablissement({ etablissement });
    markVerified('etablissement', establishment);
  });

  return (
    <form
      className="form"
      inert={!hydrated}
      noValidate
      onSubmit={submit}
      onChange={onChange}
      aria-describedby="signup-etablissement-intro"
    >
      <ErrorSummary title={t('errorSummary.title')} summary={summary} />
      <StepAlert alert={alert} onRetry={() => submit()} />
      <p id="signup-etablissement-intro" className="form__intro">
        {t('etablissement.intro')}
      </p>
      <Field
        id={idOf('numeroCommercant')}
        label={t('etablissement.numeroCommercant')}
        hint={t('etablissement.numeroCommercantHint')}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        required
        error={errorOf('numeroCommercant')}
        {...register('numeroCommercant')}
      />
      <Field
        id={idOf('siret')}
        label={t('etablissement.siret')}
        hint={t('etablissement.siretHint')}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        required
        error={errorOf('siret')}
        {...register('siret', {
          onBlur: () => setValue('siret', formatSiret(getValues('siret'))),
        })}
      />
      <Field
        id={idOf('iban')}
        label={t('etablissement.iban')}
        hint={t('etablissement.ibanHint')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        error={errorOf('iban')}
        {...register('iban', {
          // Shown as printed on a RIB, in groups of 4, whatever way it was typed.
          onBlur: () => {
            const iban = getValues('iban');
            if (iban.trim() !== '') setValue('iban', formatIban(iban));
          },
        })}
      />
      {found ? (
        <Alert tone="success" title={t('etablissement.found', { name: found.raisonSociale })}>
          <p>{t('etablissement.foundText', { address: found.adresse })}</p>
        </Alert>
      ) : null}
      <StepActions
        pending={sending}
        pendingLabel={t('etablissement.verifying')}
        {...(found ? {} : { submitLabel: t('etablissement.verify') })}
      />
    </form>
  );
}
