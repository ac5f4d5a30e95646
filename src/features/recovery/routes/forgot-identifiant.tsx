import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import { Field } from '@/components/form/field';
import { PageHeading } from '@/components/page-heading';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { useDocumentTitle } from '@/lib/document-title';
import { identifiantReminderRequestSchema, type IdentifiantReminderRequest } from '../api/contract';
import { useRequestIdentifiant } from '../api/request-identifiant';
import { FailureAlert } from '../components/failure-alert';
import { RecoveryLinks } from '../components/recovery-links';
import { SentConfirmation } from '../components/sent-confirmation';
import { useRecoveryForm } from '../components/use-recovery-form';
import '../recovery.css';

const fields = ['numeroCommercant', 'email'] as const;

/** « Identifiant oublié ? »: the identifiant goes by e-mail to the account's address only. */
export default function ForgotIdentifiantRoute() {
  const { t } = useTranslation('recovery');
  useDocumentTitle(t('forgotIdentifiant.title'));
  const request = useRequestIdentifiant();
  // What was typed stays for « Modifier les informations »; each answer is a new object.
  const [sent, setSent] = useState<IdentifiantReminderRequest | null>(null);
  const [typed, setTyped] = useState<Record<(typeof fields)[number], string> | null>(null);
  const [editRequest, setEditRequest] = useState<object | null>(null);
  const fieldRef = useFocusWhenShown<HTMLInputElement>(editRequest);
  const { formRef, alertRef, errors, failure, submit, recheck } = useRecoveryForm({
    schema: identifiantReminderRequestSchema,
    fields,
    send: async (values: IdentifiantReminderRequest) => {
      const data = new FormData(formRef.current ?? undefined);
      setTyped({
        numeroCommercant: String(data.get('numeroCommercant') ?? ''),
        email: String(data.get('email') ?? ''),
      });
      await request.mutateAsync(values);
      setSent({ ...values });
    },
  });

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
          aria-describedby="forgot-identifiant-intro"
        >
          <p id="forgot-identifiant-intro" className="form__intro">
            {t('forgotIdentifiant.intro')}
          </p>
          <FailureAlert failure={failure} alertRef={alertRef} onRetry={submit} />
          <Field
            ref={fieldRef}
            name="numeroCommercant"
            label={t('forgotIdentifiant.numeroCommercant')}
            hint={t('forgotIdentifiant.numeroCommercantHint')}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            required
            defaultValue={typed?.numeroCommercant}
            error={errors.numeroCommercant}
            onChange={() => recheck('numeroCommercant')}
          />
          <Field
            name="email"
            type="email"
            label={t('forgotIdentifiant.email')}
            hint={t('forgotIdentifiant.emailHint')}
            autoComplete="email"
            spellCheck={false}
            required
            defaultValue={typed?.email}
            error={errors.email}
            onChange={() => recheck('email')}
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
