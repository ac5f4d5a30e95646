import { useRef, useState, type FormEvent } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { useNavigate, type NavigateFunction } from 'react-router';
import type { z } from 'zod';
import { toFieldErrors } from '@/components/form/field-errors';
import { useZodForm } from '@/components/form/use-zod-form';
import type { SignupStep } from '../api/contract';
import { mapSignupError, type SignupFailure } from '../api/errors';
import { forgetVerification } from '../draft';
import { clearPendingError, peekPendingError, setPendingError } from '../pending-step-errors';
import { signupStepPaths } from '../steps';

/** A message above the form that no single field explains; `id` is new for every failure. */
export type StepAlert = { id: number } & (
  { kind: 'retry'; messageKey: string } | { kind: 'code'; code: string }
);

/** The API refused an earlier step's answers: reopen that step, where they are shown. */
export function sendBackToStep(
  failure: Extract<SignupFailure, { kind: 'step' }>,
  navigate: NavigateFunction,
): void {
  setPendingError(failure.step, failure);
  forgetVerification(failure.step);
  void navigate(signupStepPaths[failure.step]);
}

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface StepFormOptions<TValues extends FieldValues, TOutput> {
  step: SignupStep;
  schema: z.ZodType<TOutput, TValues> | (() => Promise<z.ZodType<TOutput, TValues>>);
  defaultValues: TValues;
  /** Every field, in screen order: the error summary lists them in this order. */
  fields: readonly Path<TValues>[];
  /** Called on every change, so a reload finds the answers again. */
  onValuesChange: (values: TValues) => void;
}

/**
 * What every signup step shares, on top of the form kit: the API's answers shown on the step
 * they concern (here, on its fields or in its alert; an earlier step is reopened with them).
 */
export function useStepForm<TValues extends FieldValues, TOutput>({
  step,
  schema,
  defaultValues,
  fields,
  onValuesChange,
}: StepFormOptions<TValues, TOutput>) {
  const navigate = useNavigate();
  const onThisStep = (fieldErrors: Record<string, string>) => {
    const errors = toFieldErrors(Object.entries(fieldErrors), fields);
    return Object.keys(errors).length > 0 ? errors : null;
  };
  // Sent back here by a later step: open with what the API said about these answers.
  const [pending] = useState(() => {
    const error = peekPendingError(step);
    return error ? { code: error.code, errors: onThisStep(error.fieldErrors) } : null;
  });
  const kit = useZodForm({
    schema,
    defaultValues,
    fields,
    onValuesChange,
    idPrefix: 'signup',
    // Checking a step changes nothing: the user may send it again once it has answered.
    reusable: true,
    ...(pending?.errors ? { initialErrors: pending.errors } : {}),
    fieldErrorsOf: (error) => {
      const failure = mapSignupError(error);
      return failure.kind === 'step' && failure.step === step
        ? onThisStep(failure.fieldErrors)
        : null;
    },
  });
  const [alert, setAlert] = useState<StepAlert | null>(() =>
    pending && !pending.errors ? { id: 1, kind: 'code', code: pending.code } : null,
  );
  const alertCount = useRef(pending ? 1 : 0);
  const showAlert = (value: DistributiveOmit<StepAlert, 'id'>) => {
    alertCount.current += 1;
    setAlert({ ...value, id: alertCount.current });
  };

  // What the fields cannot show: a retry, a code about the whole step, or an earlier step.
  const handleFailure = (error: unknown) => {
    const failure = mapSignupError(error);
    if (failure.kind === 'retry') {
      showAlert({ kind: 'retry', messageKey: failure.messageKey });
    } else if (failure.step === step) {
      showAlert({ kind: 'code', code: failure.code });
    } else {
      sendBackToStep(failure, navigate);
    }
  };

  const submitWith = (send: (values: TOutput) => Promise<void>) => (event?: FormEvent) => {
    setAlert(null);
    clearPendingError(step);
    kit.handleSubmit(send, handleFailure)(event);
  };

  return { ...kit, alert, submitWith };
}
