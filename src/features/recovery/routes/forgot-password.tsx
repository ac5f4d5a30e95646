import { useRef, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { Field } from '@/components/form/field';
import { useFormValidation } from '@/components/form/use-form-validation';
import { zodCheck } from '@/components/form/zod-check';
import { PageHeading } from '@/components/page-heading';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { useDocumentTitle } from '@/lib/document-title';
import { useSubmitOnce } from '@/lib/use-submit-once';
import { passwordResetRequestSchema, type PasswordResetRequest } from '../api/contract';
import { useRequestPasswordReset } from '../api/request-password-reset';
import { FailureAlert } from '../components/failure-alert';
import { readFields } from '../components/read-fields';
import { RecoveryLinks } from '../components/recovery-links';
import { SentConfirmation } from '../components/sent-confirmation';
import { useRecoveryFailure } from '../components/use-recovery-failure';
import '../recovery.css';

const fields = ['identifiant'] as const;

/** « Mot de passe oublié ? »: the identifiant in, a link to a new password out by e-mail. */
export default function ForgotPasswordRoute() {
  const { t } = useTranslation('recovery');
  useDocumentTitle(t('forgotPassword.title'));
  const request = useRequestPasswordReset();
  // What was sent, and how many times: each answer is a new object, announced again.
  const [sent, setSent] = useState<{ identifiant: string; count: number } | null>(null);
  const [editing, setEditing] = useState(true);
  // « Modifier l'identifiant » brings the form back, focused on the field.
  const [editRequest, setEditRequest] = useState<object | null>(null);
  const fieldRef = useFocusWhenShown<HTMLInputElement>(editRequest);
  const formRef = useRef<HTMLFormElement>(null);
  const { failure, alertRef, showFailure, clearFailure } = useRecoveryFailure();
  const { errorOf, idOf, summary, onChange, handleSubmit } = useFormValidation({
    fields,
    idPrefix: 'forgot-password',
    check: () => zodCheck(passwordResetRequestSchema, readFields(formRef.current, fields), fields),
    // « Modifier l'identifiant » brings the form back after a success, to be sent again.
    reusable: true,
  });

  const ask = async (values: PasswordResetRequest) => {
    clearFailure();
    await request.mutateAsync(values);
    setSent((previous) => ({
      identifiant: values.identifiant,
      count: previous?.identifiant === values.identifiant ? previous.count + 1 : 1,
    }));
    setEditing(false);
  };
  const submit = handleSubmit(ask, showFailure);

  // « Renvoyer l'e-mail » sends what was checked already, once per click like the form.
  const resendOnce = useSubmitOnce();
  const resend = (identifiant: string) => {
    const submission = resendOnce([identifiant]);
    if (!submission) return;
    ask({ identifiant }).then(
      () => submission.done(),
      (error: unknown) => {
        submission.failed(error);
        showFailure(error);
      },
    );
  };

  return (
    <div className="page page--narrow">
      <PageHeading>{t('forgotPassword.title')}</PageHeading>
      {sent && !editing ? (
        <SentConfirmation
          sent={sent}
          title={t(sent.count > 1 ? 'forgotPassword.sentAgainTitle' : 'forgotPassword.sentTitle')}
          text={t('forgotPassword.sentText')}
        >
          <FailureAlert
            failure={failure}
            alertRef={alertRef}
            onRetry={() => resend(sent.identifiant)}
          />
          <p>{t('forgotPassword.notReceived', { identifiant: sent.identifiant })}</p>
          <div className="actions">
            <Button
              variant="secondary"
              pending={request.isPending}
              pendingLabel={t('forgotPassword.resending')}
              onClick={() => resend(sent.identifiant)}
            >
              {t('forgotPassword.resend')}
            </Button>
            <Button
              variant="link"
              onClick={() => {
                setEditing(true);
                setEditRequest({});
              }}
            >
              {t('forgotPassword.edit')}
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
          aria-describedby="forgot-password-intro"
        >
          <ErrorSummary summary={summary} />
          <p id="forgot-password-intro" className="form__intro">
            {t('forgotPassword.intro')}
          </p>
          <FailureAlert failure={failure} alertRef={alertRef} onRetry={submit} />
          <Field
            ref={fieldRef}
            id={idOf('identifiant')}
            name="identifiant"
            label={t('forgotPassword.identifiant')}
            autoComplete="username"
            autoCapitalize="off"
            spellCheck={false}
            required
            defaultValue={sent?.identifiant}
            error={errorOf('identifiant')}
          />
          <Button
            type="submit"
            pending={request.isPending}
            pendingLabel={t('forgotPassword.submitting')}
          >
            {t('forgotPassword.submit')}
          </Button>
        </form>
      )}
      <RecoveryLinks show={['login', 'identifiant']} />
    </div>
  );
}
