import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { apiErrorMessageKey, isApiError } from '@/lib/api-client';
import { useSubmitOnce } from '@/lib/use-submit-once';
import {
  notificationSettingsSchema,
  type NotificationSettings,
  type NotificationSettingsInput,
} from '../api/contract';
import { useUpdateNotificationSettings } from '../api/update-notification-settings';
import {
  clearSettingsDraft,
  readSettingsDraft,
  writeSettingsDraft,
} from '../notification-settings-draft';
import { NotificationFields } from './notification-fields';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';

type Outcome = { tone: 'success' | 'error'; message: string; retryable: boolean };

export function NotificationSettingsForm({
  initial,
  identifiant,
}: {
  initial: NotificationSettingsInput;
  identifiant: string;
}) {
  const { t } = useTranslation('settings');
  const update = useUpdateNotificationSettings();
  const submitOnce = useSubmitOnce();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const alertRef = useFocusWhenShown<HTMLDivElement>(outcome);
  // What the server holds: the changes to it are kept as a draft until they are saved.
  const saved = useRef(initial);
  const [restored] = useState(() => readSettingsDraft(identifiant, initial));
  const [showRestored, setShowRestored] = useState(restored !== null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    subscribe,
    formState: { errors },
  } = useForm<NotificationSettingsInput, unknown, NotificationSettings>({
    resolver: zodResolver(notificationSettingsSchema),
    defaultValues: restored ?? initial,
    // Errors change only on submit: no layout shift under the pointer on its way to a button.
    reValidateMode: 'onSubmit',
  });
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => writeSettingsDraft(identifiant, values, saved.current),
      }),
    [subscribe, identifiant],
  );

  const save = async (settings: NotificationSettings) => {
    setOutcome(null);
    try {
      const stored = await update.mutateAsync(settings);
      saved.current = stored;
      clearSettingsDraft(identifiant);
      setShowRestored(false);
      // The stored values (normalized address) become the new starting point.
      reset(stored);
      setOutcome({ tone: 'success', message: t('notifications.saved'), retryable: false });
    } catch (error) {
      const fieldErrors = isApiError(error) ? error.body?.fieldErrors : undefined;
      if (fieldErrors?.email) {
        setError('email', { message: fieldErrors.email }, { shouldFocus: true });
        return;
      }
      setOutcome({ tone: 'error', message: t(apiErrorMessageKey(error)), retryable: true });
    }
  };

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    // A double click or a second Enter while saving must not send twice.
    const submission = submitOnce();
    if (!submission) return;
    // Saving settings again is harmless: the form stays for the next change.
    void handleSubmit(save)(event).finally(() => submission.done());
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      {showRestored ? <Alert tone="info" title={t('notifications.draftRestored')} /> : null}
      {outcome ? (
        <Alert ref={alertRef} tone={outcome.tone} title={outcome.message}>
          {outcome.retryable ? (
            <Button variant="secondary" onClick={() => submit()}>
              {t('common:actions.retry')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <NotificationFields register={register} errors={errors} />
      <div className="actions">
        <Button type="submit" pending={update.isPending} pendingLabel={t('notifications.saving')}>
          {t('notifications.save')}
        </Button>
      </div>
    </form>
  );
}
