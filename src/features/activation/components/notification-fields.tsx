import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/form/field';
import type { NotificationSettingsInput } from '../api/contract';
import { CheckboxField } from '@/components/form/checkbox-field';

interface NotificationFieldsProps {
  register: UseFormRegister<NotificationSettingsInput>;
  errors: FieldErrors<NotificationSettingsInput>;
}

/** « Ouverture d'un litige », « Mise à jour d'un litige » and the address: activation and settings. */
export function NotificationFields({ register, errors }: NotificationFieldsProps) {
  const { t } = useTranslation('activation');
  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('notifications.legend')}</legend>
        <CheckboxField label={t('notifications.opening')} {...register('ouverture')} />
        <CheckboxField label={t('notifications.update')} {...register('miseAJour')} />
      </fieldset>
      <Field
        label={t('notifications.email')}
        hint={t('notifications.emailHint')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        autoCapitalize="off"
        error={errors.email?.message}
        {...register('email')}
      />
    </>
  );
}

export type NotificationSummaryKey =
  'summary.both' | 'summary.opening' | 'summary.update' | 'summary.none';

export function notificationSummaryKey(settings: {
  ouverture: boolean;
  miseAJour: boolean;
}): NotificationSummaryKey {
  if (settings.ouverture && settings.miseAJour) return 'summary.both';
  if (settings.ouverture) return 'summary.opening';
  if (settings.miseAJour) return 'summary.update';
  return 'summary.none';
}
