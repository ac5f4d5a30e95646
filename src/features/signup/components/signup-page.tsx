import '../signup.css';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { useHydrated } from '@/lib/use-hydrated';
import { useNavigate } from 'react-router';
import { Button } from '@/components/button';
import { Dialog } from '@/components/dialog';
import { PageHeading } from '@/components/page-heading';
import { Stepper, type StepState } from '@/components/stepper';
import { useDocumentTitle } from '@/lib/document-title';
import { paths } from '@/lib/paths';
import { SIGNUP_STEPS, type SignupStep } from '../api/signup-steps';
import { clearDraft } from '../draft';
import { nextStep, stepNumber } from '../steps';

interface SignupPageProps {
  step: SignupStep | 'review';
  children: ReactNode;
}

/** The frame of every signup step: stepper, focused heading, title of the tab, cancel. */
export function SignupPage({ step, children }: SignupPageProps) {
  // The first step is prerendered: its cancel button waits for the app (see `useHydrated`).
  const hydrated = useHydrated();
  const { t } = useTranslation('signup');
  const navigate = useNavigate();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const current = step === 'review' ? SIGNUP_STEPS.length + 1 : stepNumber(step);
  const position =
    step === 'review'
      ? null
      : t('stepper.position', { number: current, total: SIGNUP_STEPS.length });
  const title = step === 'review' ? t('review.title') : t(`steps.${step}`);
  const following = step === 'review' ? null : nextStep(step);
  useDocumentTitle(
    t('documentTitle', { step: position ? t('stepper.stepTitle', { position, title }) : title }),
  );

  const steps = SIGNUP_STEPS.map((id, index) => {
    const state: StepState =
      index + 1 < current ? 'done' : index + 1 === current ? 'current' : 'upcoming';
    return { id, title: t(`steps.${id}`), state };
  });

  return (
    <div className="page page--narrow signup">
      <p className="signup__title">{t('title')}</p>
      <Stepper
        label={t('stepper.label')}
        steps={steps}
        stateLabels={{
          done: t('stepper.state.done'),
          current: t('stepper.state.current'),
          upcoming: t('stepper.state.upcoming'),
        }}
        next={
          step === 'review'
            ? undefined
            : following
              ? t('stepper.next', { title: t(`steps.${following}`) })
              : t('stepper.nextReview')
        }
      />
      <PageHeading focusKey={step}>
        {position ? (
          <>
            <span className="page-heading__kicker" aria-hidden="true">
              {position}
            </span>
            <span className="visually-hidden">
              {t('stepper.positionForReaders', { number: current, total: SIGNUP_STEPS.length })}
            </span>{' '}
          </>
        ) : null}
        {title}
      </PageHeading>
      {children}
      <p className="signup__cancel" inert={!hydrated}>
        <Button variant="link" onClick={() => setConfirmingCancel(true)}>
          {t('actions.cancel')}
        </Button>
      </p>
      <Dialog
        open={confirmingCancel}
        role="alertdialog"
        title={t('cancel.title')}
        onCancel={() => setConfirmingCancel(false)}
      >
        <p>{t('cancel.text')}</p>
        <div className="dialog__actions">
          {/* The safe choice first: the dialog opens with focus on it. */}
          <Button variant="secondary" onClick={() => setConfirmingCancel(false)}>
            {t('cancel.keep')}
          </Button>
          <Button
            onClick={() => {
              clearDraft();
              void navigate(paths.home);
            }}
          >
            {t('cancel.confirm')}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
