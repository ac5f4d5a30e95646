import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Alert } from '@/components/alert';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { useZodForm } from '@/components/form/use-zod-form';
import { useFocusWhenShown } from '@/components/use-focus-when-shown';
import { apiErrorMessageKey } from '@/lib/api-client';
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
import { NotificationFields, notificationFields } from './notification-fields';

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
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const alertRef = useFocusWhenShown<HTMLDivElement>(outcome);
  // What the server holds: the changes to it are kept as a draft until they are saved.
  const saved = useRef(initial);
  const [restored] = useState(() => readSettingsDraft(identifiant, initial));
  const [showRestored, setShowRestored] = useState(restored !== null);
  const { form, errorOf, idOf, summary, onChange, handleSubmit } = useZodForm({
    schema: notificationSettingsSchema,
    defaultValues: restored ?? initial,
    fields: notificationFields,
    idPrefix: 'settings',
    // Saving settings again is harmless: the form stays for the next change.
    reusable: true,
    onValuesChange: (values) => writeSettingsDraft(identifiant, values, saved.current),
  });

  const save = async (settings: NotificationSettings) => {
    setOutcome(null);
    const stored = await update.mutateAsync(settings);
    saved.current = stored;
    clearSettingsDraft(identifiant);
    setShowRestored(false);
    // The stored values (normalized address) become the new starting point.
    form.reset(stored);
    setOutcome({ tone: 'success', message: t('notifications.saved'), retryable: false });
  };
  const fail = (error: unknown) =>
    setOutcome({ tone: 'error', message: t(apiErrorMessageKey(error)), retryable: true });
  // Built at submit time: saving reads what the server holds (a ref).
  const submit = (event?: FormEvent) => handleSubmit(save, fail)(event);

  return (
    <form className="form" noValidate onSubmit={submit} onChange={onChange}>
      <ErrorSummary summary={summary} />
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
      <NotificationFields register={form.register} errorOf={errorOf} idOf={idOf} />
      <div className="actions">
        <Button type="submit" pending={update.isPending} pendingLabel={t('notifications.saving')}>
          {t('notifications.save')}
        </Button>
      </div>
    </form>
  );
}
