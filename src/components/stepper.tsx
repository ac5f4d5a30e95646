import './stepper.css';
export type StepState = 'done' | 'current' | 'upcoming';

interface StepperProps {
  /** Names the list for assistive technologies (« Étapes de l’inscription »). */
  label: string;
  steps: readonly { id: string; title: string; state: StepState }[];
  /** Read before each title, visually hidden: « Terminée », « En cours », « À venir ». */
  stateLabels: Record<StepState, string>;
  /** « Étape suivante : … », shown under the list. */
  next?: string | undefined;
}

/** Where the user is in a multi-step form: every step, its state, and what comes next. */
export function Stepper({ label, steps, stateLabels, next }: StepperProps) {
  return (
    <div className="stepper">
      <ol className="stepper__list" aria-label={label}>
        {steps.map((step, index) => (
          <li
            key={step.id}
            className={`stepper__item stepper__item--${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="stepper__marker" aria-hidden="true">
              {step.state === 'done' ? '✓' : index + 1}
            </span>
            <span className="stepper__title">
              <span className="visually-hidden">{stateLabels[step.state]} </span>
              {step.title}
            </span>
          </li>
        ))}
      </ol>
      {next ? <p className="stepper__next">{next}</p> : null}
    </div>
  );
}
