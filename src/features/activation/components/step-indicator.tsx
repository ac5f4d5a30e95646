import { useTranslation } from '@/lib/use-translation';
import { Stepper } from '@/components/stepper';

export const activationSteps = ['conditions', 'notifications', 'review'] as const;

/** Where the user is in the activation; the current step is marked for assistive technologies. */
export function StepIndicator({ current }: { current: number }) {
  const { t } = useTranslation('activation');
  return (
    <Stepper
      label={t('progress')}
      steps={activationSteps.map((step, index) => ({
        id: step,
        title: t(`steps.${step}`),
        state: index + 1 < current ? 'done' : index + 1 === current ? 'current' : 'upcoming',
      }))}
      stateLabels={{
        done: t('stepState.done'),
        current: t('stepState.current'),
        upcoming: t('stepState.upcoming'),
      }}
    />
  );
}
