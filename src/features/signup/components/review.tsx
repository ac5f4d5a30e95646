import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { useFormValidation } from '@/components/form/use-form-validation';
import { paths } from '@/lib/paths';
import { formatIban } from '@/lib/validators/iban';
import { formatFrenchPhone } from '@/lib/validators/phone';
import { formatSiret } from '@/lib/validators/siret';
import {
  etablissementSchema,
  gestionFinanciereSchema,
  profilSchema,
  type CreateAccountRequest,
  type SignupStep,
} from '../api/contract';
import { createAccount } from '../api/create-account';
import { mapSignupError } from '../api/errors';
import { markAccountCreated } from '../account-created';
import { clearDraft, getPassword, useSignupDraft } from '../draft';
import { RETURN_PARAM, RETURN_TO_REVIEW, signupStepPaths } from '../steps';
import { StepAlert } from './step-alert';
import { sendBackToStep, type StepAlert as StepAlertValue } from './use-step-form';

function Section({ step, children }: { step: SignupStep; children: ReactNode }) {
  const { t } = useTranslation('signup');
  const title = t(`steps.${step}`);
  return (
    <section className="review__section" aria-labelledby={`review-${step}`}>
      <div className="review__header">
        <h2 id={`review-${step}`}>{title}</h2>
        <Link
          to={`${signupStepPaths[step]}?${RETURN_PARAM}=${RETURN_TO_REVIEW}`}
          aria-label={t('review.editSection', { section: title })}
        >
          {t('review.edit')}
        </Link>
      </div>
      <dl className="summary summary--review">{children}</dl>
    </section>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** « Vérifiez vos informations »: every answer by section, then « Créer mon compte ». */
export function SignupReview() {
  const { t } = useTranslation('signup');
  const navigate = useNavigate();
  const draft = useSignupDraft();
  const alertCount = useRef(0);
  const [alert, setAlert] = useState<StepAlertValue | null>(null);

  const etablissement = etablissementSchema.safeParse(draft.answers.etablissement);
  const profil = profilSchema.safeParse({ ...draft.answers.profil, password: getPassword() });
  const gestion = gestionFinanciereSchema.safeParse(draft.answers.gestionFinanciere);
  // No field here: the answers were checked on their steps, and the API's refusals reopen them.
  const { handleSubmit, sending } = useFormValidation({
    fields: [],
    check: () =>
      etablissement.success && profil.success && gestion.success
        ? {
            ok: true,
            values: {
              demandeId: draft.demandeId,
              etablissement: etablissement.data,
              profil: profil.data,
              gestionFinanciere: gestion.data,
            },
          }
        : { ok: false, errors: {} },
    fieldErrorsOf: () => null,
  });
  // The guard let only a complete draft in; this covers the instant after it is cleared.
  if (!etablissement.success || !profil.success || !gestion.success) return null;

  // A double click must create one account, not two (the body's `demandeId` is its key).
  const create = async (request: CreateAccountRequest) => {
    setAlert(null);
    await createAccount(request);
    markAccountCreated();
    await navigate(paths.signupConfirmation, { replace: true });
    clearDraft();
  };
  const fail = (error: unknown) => {
    const failure = mapSignupError(error);
    if (failure.kind === 'step') {
      sendBackToStep(failure, navigate);
    } else {
      alertCount.current += 1;
      setAlert({ id: alertCount.current, kind: 'retry', messageKey: failure.messageKey });
    }
  };
  // Built at submit time: a failure counts alerts in a ref.
  const submit = (event?: FormEvent) => handleSubmit(create, fail)(event);

  const { raisonSociale } = draft.verified.etablissement ?? { raisonSociale: '' };
  const { notifications } = gestion.data;
  const yesNo = (value: boolean) => (value ? t('review.yes') : t('review.no'));

  return (
    <div className="review">
      <StepAlert alert={alert} onRetry={() => submit()} />
      <p className="form__intro">{t('review.intro')}</p>
      <Section step="etablissement">
        <Item label={t('review.raisonSociale')}>{raisonSociale}</Item>
        <Item label={t('etablissement.numeroCommercant')}>
          {etablissement.data.numeroCommercant}
        </Item>
        <Item label={t('etablissement.siret')}>{formatSiret(etablissement.data.siret)}</Item>
        <Item label={t('etablissement.iban')}>{formatIban(etablissement.data.iban)}</Item>
      </Section>
      <Section step="profil">
        <Item label={t('profil.prenom')}>{profil.data.prenom}</Item>
        <Item label={t('profil.nom')}>{profil.data.nom}</Item>
        <Item label={t('profil.email')}>{profil.data.email}</Item>
        <Item label={t('profil.telephone')}>
          {profil.data.telephone
            ? formatFrenchPhone(profil.data.telephone)
            : t('review.notProvided')}
        </Item>
        <Item label={t('profil.identifiant')}>{profil.data.identifiant}</Item>
      </Section>
      <Section step="gestionFinanciere">
        <Item label={t('gestion.gestionLitiges')}>
          {gestion.data.gestionLitiges ? t('review.litigesOn') : t('review.litigesOff')}
        </Item>
        {gestion.data.gestionLitiges ? (
          <>
            <Item label={t('gestion.ouverture')}>{yesNo(notifications.ouverture)}</Item>
            <Item label={t('gestion.miseAJour')}>{yesNo(notifications.miseAJour)}</Item>
            <Item label={t('review.notificationsEmail')}>
              {notifications.autreEmail ?? profil.data.email}
            </Item>
          </>
        ) : null}
        <Item label={t('gestion.conditionsTitle')}>{t('review.accepted')}</Item>
      </Section>
      <form className="actions actions--form" noValidate onSubmit={submit}>
        <Button type="submit" pending={sending} pendingLabel={t('review.submitting')}>
          {t('review.submit')}
        </Button>
        <Link className="button button--secondary" to={paths.signupGestionFinanciere}>
          {t('actions.previous')}
        </Link>
      </form>
    </div>
  );
}
