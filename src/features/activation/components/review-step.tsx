import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { useFormValidation } from '@/components/form/use-form-validation';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { apiErrorMessageKey } from '@/lib/api-client';
import { useActivateDisputeManagement } from '../api/activate';
import { activationRequestSchema, type ActivationResponse } from '../api/contract';
import type { ActivationDraft, ActivationStep } from '../draft';
import { CancelLink } from './cancel-link';
import { notificationSummaryKey } from './notification-fields';

interface ReviewStepProps {
  draft: ActivationDraft;
  onEdit: (step: ActivationStep) => void;
  onActivated: (result: ActivationResponse) => void;
  onCancel: () => void;
}

export function ReviewStep({ draft, onEdit, onActivated, onCancel }: ReviewStepProps) {
  const { t } = useTranslation('activation');
  const activate = useActivateDisputeManagement();
  // A new object each time: a second failure with the same message is focused again.
  const [failure, setFailure] = useState<{ message: string } | null>(null);
  const alertRef = useFocusWhenShown<HTMLDivElement>(failure);
  const { notifications } = draft;
  const summaryKey = notificationSummaryKey(notifications);
  // No field here: the answers were checked on their steps.
  const { handleSubmit } = useFormValidation({
    fields: [],
    check: () => ({ ok: true, values: draft }),
    fieldErrorsOf: () => null,
  });

  const confirm = handleSubmit(
    async (answers) => {
      const request = activationRequestSchema.safeParse(answers);
      if (!request.success) {
        // Only a stale stored draft can get here: send the user back to the step to fix.
        onEdit(request.error.issues[0]?.path[0] === 'conditionsAcceptees' ? 1 : 2);
        return;
      }
      setFailure(null);
      onActivated(await activate.mutateAsync(request.data));
    },
    (error) => setFailure({ message: t(apiErrorMessageKey(error)) }),
  );

  return (
    <form className="form" noValidate onSubmit={confirm}>
      <p className="form__intro">{t('review.intro')}</p>
      {failure ? (
        <Alert ref={alertRef} tone="error" title={failure.message}>
          <Button variant="secondary" onClick={() => confirm()}>
            {t('common:actions.retry')}
          </Button>
        </Alert>
      ) : null}
      <dl className="summary summary--stacked">
        <div>
          <dt>{t('review.notices')}</dt>
          <dd>{t('review.noticesValue')}</dd>
        </div>
        <div>
          <dt>{t('review.notifications')}</dt>
          <dd>{t(summaryKey)}</dd>
        </div>
        <div>
          <dt>{t('review.reminders')}</dt>
          <dd>{t(notifications.rappels ? 'review.remindersOn' : 'review.remindersOff')}</dd>
        </div>
        {notifications.email ? (
          <div>
            <dt>{t('review.email')}</dt>
            <dd className="break">{notifications.email.trim()}</dd>
          </div>
        ) : null}
      </dl>
      <div className="actions">
        <Button variant="link" onClick={() => onEdit(1)}>
          {t('review.editConditions')}
        </Button>
        <Button variant="link" onClick={() => onEdit(2)}>
          {t('review.editNotifications')}
        </Button>
      </div>
      <div className="actions">
        <Button type="submit" pending={activate.isPending} pendingLabel={t('review.confirming')}>
          {t('review.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => onEdit(2)}>
          {t('actions.back')}
        </Button>
        <CancelLink onCancel={onCancel} />
      </div>
    </form>
  );
}
