import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { Field } from '@/components/form/field';
import { useFormValidation } from '@/components/form/use-form-validation';
import { zodCheck } from '@/components/form/zod-check';
import { PageHeading } from '@/components/page-heading';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { useDocumentTitle } from '@/lib/document-title';
import { identifiantReminderRequestSchema, type IdentifiantReminderRequest } from '../api/contract';
import { useRequestIdentifiant } from '../api/request-identifiant';
import { FailureAlert } from '../components/failure-alert';
import { readFields } from '../components/read-fields';
import { RecoveryLinks } from '../components/recovery-links';
import { SentConfirmation } from '../components/sent-confirmation';
import { useRecoveryFailure } from '../components/use-recovery-failure';
import '../recovery.css';

const fields = ['numeroCommercant', 'email'] as const;

/** « Identifiant oublié ? »: the identifiant goes by e-mail to the account's address only. */
export default function ForgotIdentifiantRoute() {
  const { t } = useTranslation('recovery');
  useDocumentTitle(t('forgotIdentifiant.title'));
  const request = useRequestIdentifiant();
  // What was typed stays for « Modifier les informations »; each answer is a new object.
  const [sent, setSent] = useState<IdentifiantReminderRequest | null>(null);
  const [typed, setTyped] = useState<Record<string, string> | null>(null);
  const [editRequest, setEditRequest] = useState<object | null>(null);
  const fieldRef = useFocusWhenShown<HTMLInputElement>(editRequest);
  const formRef = useRef<HTMLFormElement>(null);
  const { failure, alertRef, showFailure, clearFailure } = useRecoveryFailure();
  const { errorOf, idOf, summary, onChange, handleSubmit } = useFormValidation({
    fields,
    idPrefix: 'forgot-identifiant',
    check: () =>
      zodCheck(identifiantReminderRequestSchema, readFields(formRef.current, fields), fields),
    // « Modifier les informations » brings the form back after a success, to be sent again.
    reusable: true,
  });

  const ask = async (values: IdentifiantReminderRequest) => {
    clearFailure();
    // As typed, not as sent (spaces in the number): what « Modifier » gives back.
    setTyped(readFields(formRef.current, fields));
    await request.mutateAsync(values);
    setSent({ ...values });
  };
  // Built at submit time: sending reads the form's fields (a ref).
  const submit = (event?: FormEvent) => handleSubmit(ask, showFailure)(event);

  return (
    <div className="page page--narrow">
      <PageHeading>{t('forgotIdentifiant.title')}</PageHeading>
      {sent ? (
        <SentConfirmation
          sent={sent}
          title={t('forgotIdentifiant.sentTitle')}
          text={t('forgotIdentifiant.sentText')}
        >
          <div className="actions">
            <Button
              variant="link"
              onClick={() => {
                setSent(null);
                setEditRequest({});
              }}
            >
              {t('forgotIdentifiant.edit')}
            </Button>
          </div>
        </SentConfirmation>
      ) : (
        <form
          ref={formRef}
          className="form"
          noValidate
          onSubmit={submit}
          onChange={onChange}
          aria-describedby="forgot-identifiant-intro"
        >
          <ErrorSummary summary={summary} />
          <p id="forgot-identifiant-intro" className="form__intro">
            {t('forgotIdentifiant.intro')}
          </p>
          <FailureAlert failure={failure} alertRef={alertRef} onRetry={submit} />
          <Field
            ref={fieldRef}
            id={idOf('numeroCommercant')}
            name="numeroCommercant"
            label={t('forgotIdentifiant.numeroCommercant')}
            hint={t('forgotIdentifiant.numeroCommercantHint')}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            required
            defaultValue={typed?.numeroCommercant}
            error={errorOf('numeroCommercant')}
          />
          <Field
            id={idOf('email')}
            name="email"
            type="email"
            label={t('forgotIdentifiant.email')}
            hint={t('forgotIdentifiant.emailHint')}
            autoComplete="email"
            spellCheck={false}
            required
            defaultValue={typed?.email}
            error={errorOf('email')}
          />
          <Button
            type="submit"
            pending={request.isPending}
            pendingLabel={t('forgotIdentifiant.submitting')}
          >
            {t('forgotIdentifiant.submit')}
          </Button>
        </form>
      )}
      <RecoveryLinks show={['login', 'password']} />
    </div>
  );
}
