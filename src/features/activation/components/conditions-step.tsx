import { useTranslation } from '@/lib/use-translation';
import { Button } from '@/components/button';
import { CheckboxField } from '@/components/form/checkbox-field';
import { ErrorSummary } from '@/components/form/error-summary';
import { useZodForm } from '@/components/form/use-zod-form';
import { conditionsSchema } from '../api/contract';
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
    form,
    errorOf,
    idOf,
    summary,
    onChange: recheck,
    handleSubmit,
  } = useZodForm({
    schema: conditionsSchema,
    defaultValues: { conditionsAcceptees: accepted },
    fields: ['conditionsAcceptees'],
    idPrefix: 'activation',
    reusable: true,
    onValuesChange: (values) => onChange(values.conditionsAcceptees),
  });

  return (
    <form
      className="form"
      noValidate
      onChange={recheck}
      onSubmit={handleSubmit(async () => onNext())}
    >
      <ErrorSummary summary={summary} />
      <p className="form__intro">{t('conditions.intro')}</p>
      <p className="callout">{t('conditions.online')}</p>
      <CheckboxField
        id={idOf('conditionsAcceptees')}
        label={t('conditions.accept')}
        required
        error={errorOf('conditionsAcceptees')}
        {...form.register('conditionsAcceptees')}
      />
      <div className="actions">
        <Button type="submit">{t('actions.next')}</Button>
        <CancelLink onCancel={onCancel} />
      </div>
    </form>
  );
}
