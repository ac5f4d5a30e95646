import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from '@/lib/use-translation';
import { CheckboxField } from '@/components/form/checkbox-field';
import { Field } from '@/components/form/field';
import { FieldsetGroup } from '@/components/form/fieldset-group';
import type { NotificationSettingsInput } from '../api/contract';

export type NotificationFieldName = keyof NotificationSettingsInput;
/** In screen order, for the error summary. */
export const notificationFields: readonly NotificationFieldName[] = [
  'ouverture',
  'miseAJour',
  'rappels',
  'email',
];

interface NotificationFieldsProps {
  register: UseFormRegister<NotificationSettingsInput>;
  errorOf: (name: NotificationFieldName) => string | undefined;
  idOf: (name: NotificationFieldName) => string;
}

/**
 * « Ouverture d'un litige », « Mise à jour d'un litige », the reminders before a deadline and the
 * address: activation and settings.
 */
export function NotificationFields({ register, errorOf, idOf }: NotificationFieldsProps) {
  const { t } = useTranslation('activation');
  return (
    <>
      <FieldsetGroup legend={t('notifications.legend')}>
        <CheckboxField
          id={idOf('ouverture')}
          label={t('notifications.opening')}
          error={errorOf('ouverture')}
          {...register('ouverture')}
        />
        <CheckboxField
          id={idOf('miseAJour')}
          label={t('notifications.update')}
          error={errorOf('miseAJour')}
          {...register('miseAJour')}
        />
      </FieldsetGroup>
      <CheckboxField
        id={idOf('rappels')}
        label={t('notifications.reminders')}
        hint={t('notifications.remindersHint')}
        error={errorOf('rappels')}
        {...register('rappels')}
      />
      <Field
        id={idOf('email')}
        label={t('notifications.email')}
        hint={t('notifications.emailHint')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        autoCapitalize="off"
        error={errorOf('email')}
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
