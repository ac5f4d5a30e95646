import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { Button } from '@/components/button';
import { conditionsSchema } from '../api/contract';
import { CheckboxField } from '@/components/form/checkbox-field';
import { CancelLink } from './cancel-link';

interface ConditionsStepProps {
  accepted: boolean;
  onChange: (accepted: boolean) => void;
  onNext: () => void;
  onCancel: () => void;
}

export function ConditionsStep({ accepted, onChange, onNext, onCancel }: ConditionsStepProps) {
  const { t } = useTranslation('activation');
  const {
    register,
    handleSubmit,
    subscribe,
    formState: { errors },
  } = useForm<z.input<typeof conditionsSchema>, unknown, z.output<typeof conditionsSchema>>({
    resolver: zodResolver(conditionsSchema),
    defaultValues: { conditionsAcceptees: accepted },
  });
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => onChange(values.conditionsAcceptees),
      }),
    [subscribe, onChange],
  );

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(onNext)(event)}>
      <p className="form__intro">{t('conditions.intro')}</p>
      <p className="callout">{t('conditions.online')}</p>
      <CheckboxField
        label={t('conditions.accept')}
        required
        error={errors.conditionsAcceptees?.message}
        {...register('conditionsAcceptees')}
      />
      <div className="actions">
        <Button type="submit">{t('actions.next')}</Button>
        <CancelLink onCancel={onCancel} />
      </div>
    </form>
  );
}
