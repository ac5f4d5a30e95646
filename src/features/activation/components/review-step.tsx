import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { apiErrorMessageKey } from '@/lib/api-client';
import { useSubmitOnce } from '@/lib/use-submit-once';
import { useActivateDisputeManagement } from '../api/activate';
import { activationRequestSchema, type ActivationResponse } from '../api/contract';
import type { ActivationDraft, ActivationStep } from '../draft';
import { CancelLink } from './cancel-link';
import { notificationSummaryKey } from './notification-fields';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';

interface ReviewStepProps {
  draft: ActivationDraft;
  onEdit: (step: ActivationStep) => void;
  onActivated: (result: ActivationResponse) => void;
  onCancel: () => void;
}

export function ReviewStep({ draft, onEdit, onActivated, onCancel }: ReviewStepProps) {
  const { t } = useTranslation('activation');
  const activate = useActivateDisputeManagement();
  const submitOnce = useSubmitOnce();
  // A new object each time: a second failure with the same message is focused again.
  const [failure, setFailure] = useState<{ message: string } | null>(null);
  const alertRef = useFocusWhenShown<HTMLDivElement>(failure);
  const { notifications } = draft;
  const summaryKey = notificationSummaryKey(notifications);

  const confirm = async () => {
    // A double click or a second Enter while the first request runs must not send twice.
    const submission = submitOnce();
    if (!submission) return;
    const request = activationRequestSchema.safeParse(draft);
    if (!request.success) {
      submission.done();
      // Only a stale stored draft can get here: send the user back to the step to fix.
      onEdit(request.error.issues[0]?.path[0] === 'conditionsAcceptees' ? 1 : 2);
      return;
    }
    setFailure(null);
    try {
      onActivated(await activate.mutateAsync(request.data));
    } catch (error) {
      submission.failed(error);
      setFailure({ message: t(apiErrorMessageKey(error)) });
    }
  };

  return (
    <div className="form">
      <p className="form__intro">{t('review.intro')}</p>
      {failure ? (
        <Alert ref={alertRef} tone="error" title={failure.message}>
          <Button variant="secondary" onClick={() => void confirm()}>
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
        <Button
          pending={activate.isPending}
          pendingLabel={t('review.confirming')}
          onClick={() => void confirm()}
        >
          {t('review.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => onEdit(2)}>
          {t('actions.back')}
        </Button>
        <CancelLink onCancel={onCancel} />
      </div>
    </div>
  );
}
