import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { get, useForm, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, type NavigateFunction } from 'react-router';
import type { z } from 'zod';
import { useSubmitOnce } from '@/lib/use-submit-once';
import type { SignupStep } from '../api/contract';
import { mapSignupError, type SignupFailure } from '../api/errors';
import {
  clearPendingError,
  forgetVerification,
  peekPendingError,
  setPendingError,
  type PendingStepError,
} from '../draft';
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

interface SummaryItem {
  name: string;
  /** An i18n key. */
  message: string;
}

function summaryItems(names: readonly string[], messages: Record<string, string>): SummaryItem[] {
  return names.flatMap((name) => {
    const message = messages[name];
    return message ? [{ name, message }] : [];
  });
}

function messageOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('message' in error)) return undefined;
  return typeof error.message === 'string' ? error.message : undefined;
}

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function fieldId(name: string): string {
  return `signup-${name.replace(/\./g, '-')}`;
}

interface StepFormOptions<TValues extends FieldValues, TOutput> {
  step: SignupStep;
  schema: z.ZodType<TOutput, TValues>;
  defaultValues: TValues;
  /** Every field, in screen order: the error summary lists them in this order. */
  fields: readonly Path<TValues>[];
  /** Called on every change, so a reload finds the answers again. */
  onValuesChange: (values: TValues) => void;
}

/**
 * What every signup step shares: validation on blur and submit, an error summary that takes
 * focus, one request at a time, and the API's answers shown on the step they concern.
 */
export function useStepForm<TValues extends FieldValues, TOutput>({
  step,
  schema,
  defaultValues,
  fields,
  onValuesChange,
}: StepFormOptions<TValues, TOutput>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useForm<TValues, unknown, TOutput>({
    resolver: zodResolver(schema),
    defaultValues: defaultValues as never,
    // Checked when a field is left; once shown, an error follows the typing, so it is gone by the
    // time the user reaches « Continuer » (a message vanishing on blur would move the button
    // away from under the pointer between press and release).
    mode: 'onTouched',
    reValidateMode: 'onChange',
    // Focus goes to the error summary, which links to each field.
    shouldFocusError: false,
  });
  const submitOnce = useSubmitOnce();
  // Sent back here by a later step: open with what the API said about these answers.
  const [pending] = useState(() => {
    const error = peekPendingError(step);
    if (!error) return null;
    const names = Object.keys(error.fieldErrors).filter((name): name is Path<TValues> =>
      (fields as readonly string[]).includes(name),
    );
    return { ...error, names };
  });
  const [alert, setAlert] = useState<StepAlert | null>(() =>
    pending && pending.names.length === 0 ? { id: 1, kind: 'code', code: pending.code } : null,
  );
  // A snapshot taken at each submit: fixing a field does not make the list jump under the cursor.
  const [summary, setSummary] = useState(() => {
    const items = pending ? summaryItems(pending.names, pending.fieldErrors) : [];
    return { items, focusKey: items.length > 0 ? 1 : 0 };
  });
  const showSummary = (items: SummaryItem[]) =>
    setSummary((previous) => ({ items, focusKey: previous.focusKey + 1 }));
  useEffect(() => {
    if (!pending) return;
    for (const name of pending.names) {
      form.setError(name, { type: 'server', message: pending.fieldErrors[name] });
    }
  }, [form, pending]);

  const onValuesChangeRef = useRef(onValuesChange);
  useEffect(() => {
    onValuesChangeRef.current = onValuesChange;
  });
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => onValuesChangeRef.current(values),
      }),
    [form],
  );

  const alertCount = useRef(pending ? 1 : 0);
  const showAlert = (value: DistributiveOmit<StepAlert, 'id'>) => {
    alertCount.current += 1;
    setAlert({ ...value, id: alertCount.current });
  };

  const applyStepError = ({ code, fieldErrors }: PendingStepError) => {
    const names = Object.keys(fieldErrors).filter((name): name is Path<TValues> =>
      (fields as readonly string[]).includes(name),
    );
    for (const name of names) {
      form.setError(name, { type: 'server', message: fieldErrors[name] });
    }
    if (names.length > 0) {
      showSummary(summaryItems(names, fieldErrors));
    } else {
      showAlert({ kind: 'code', code });
    }
  };

  const handleFailure = (error: unknown) => {
    const failure = mapSignupError(error);
    if (failure.kind === 'retry') {
      showAlert({ kind: 'retry', messageKey: failure.messageKey });
    } else if (failure.step === step) {
      applyStepError(failure);
    } else {
      sendBackToStep(failure, navigate);
    }
  };

  const submitWith = (send: (values: TOutput) => Promise<void>) => (event?: FormEvent) => {
    event?.preventDefault();
    // A double click or a second Enter while the first request runs must not send twice.
    const submission = submitOnce();
    if (!submission) return;
    setAlert(null);
    clearPendingError(step);
    void form
      .handleSubmit(
        async (values) => {
          setSummary((previous) => ({ ...previous, items: [] }));
          try {
            await send(values);
          } catch (error) {
            handleFailure(error);
          }
        },
        (errors) =>
          showSummary(
            fields.flatMap((name) => {
              const message = messageOf(get(errors, name));
              return message ? [{ name, message }] : [];
            }),
          ),
      )(event)
      // Checking a step changes nothing: the user may send it again once it has answered.
      .finally(() => submission.done());
  };

  const { errors } = form.formState;
  /** The field's message, an i18n key; nested fields (`notifications.autreEmail`) included. */
  const errorOf = (name: Path<TValues>): string | undefined => messageOf(get(errors, name));
  const summaryErrors = summary.items.map((item) => ({
    fieldId: fieldId(item.name),
    message: t(item.message),
  }));

  return {
    form,
    alert,
    summary: { errors: summaryErrors, focusKey: summary.focusKey },
    submitWith,
    errorOf,
  };
}
