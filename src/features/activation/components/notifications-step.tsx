import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/button';
import {
  notificationSettingsSchema,
  type NotificationSettings,
  type NotificationSettingsInput,
} from '../api/contract';
import { CancelLink } from './cancel-link';
import { NotificationFields } from './notification-fields';

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
    register,
    handleSubmit,
    subscribe,
    formState: { errors },
  } = useForm<NotificationSettingsInput, unknown, NotificationSettings>({
    resolver: zodResolver(notificationSettingsSchema),
    defaultValues: values,
    // Errors change only on submit: no layout shift under the pointer on its way to a button.
    reValidateMode: 'onSubmit',
  });
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values: current }) => onChange(current),
      }),
    [subscribe, onChange],
  );

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(onNext)(event)}>
      <p className="form__intro">{t('notifications.intro')}</p>
      <NotificationFields register={register} errors={errors} />
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
