import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { ErrorSummary } from '@/components/form/error-summary';
import { useZodForm } from '@/components/form/use-zod-form';
import {
  notificationSettingsSchema,
  type NotificationSettings,
  type NotificationSettingsInput,
} from '../api/contract';
import { CancelLink } from './cancel-link';
import { NotificationFields, notificationFields } from './notification-fields';

interface NotificationsStepProps {
  values: NotificationSettingsInput;
  onChange: (values: NotificationSettingsInput) => void;
  onNext: (values: NotificationSettings) => void;
  onBack: () => void;
  onCancel: () => void;
}

export function NotificationsStep({
  values,
  onChange,
  onNext,
  onBack,
  onCancel,
}: NotificationsStepProps) {
  const { t } = useTranslation('activation');
  const {
    form,
    errorOf,
    idOf,
    summary,
    onChange: recheck,
    handleSubmit,
  } = useZodForm({
    schema: notificationSettingsSchema,
    defaultValues: values,
    fields: notificationFields,
    idPrefix: 'activation',
    reusable: true,
    onValuesChange: onChange,
  });

  return (
    <form
      className="form"
      noValidate
      onChange={recheck}
      onSubmit={handleSubmit(async (settings) => onNext(settings))}
    >
      <ErrorSummary summary={summary} />
      <p className="form__intro">{t('notifications.intro')}</p>
      <NotificationFields register={form.register} errorOf={errorOf} idOf={idOf} />
      <div className="actions">
        <Button type="submit">{t('actions.next')}</Button>
        <Button variant="secondary" onClick={onBack}>
          {t('actions.back')}
        </Button>
        <CancelLink onCancel={onCancel} />
      </div>
    </form>
  );
}
