import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useSubmitOnce, type Submission } from '@/lib/use-submit-once';
import { apiFieldErrors, fieldDomId, type FieldErrors } from './field-errors';

/** What a form's check found: the values to send, or what is wrong with which field. */
export type CheckResult<TValues, TName extends string> =
  { ok: true; values: TValues } | { ok: false; errors: FieldErrors<TName> };

/** The errors listed at the top of a form; a new object for each failed submit takes focus. */
export interface ErrorSummaryState {
  readonly items: readonly {
    readonly fieldId: string;
    /** An i18n key. */ readonly message: string;
  }[];
}

export interface FormValidationOptions<TValues, TName extends string> {
  /** Every field, in screen order: the error summary lists them in this order. */
  fields: readonly TName[];
  /**
   * Reads and checks the whole form (a zod schema, or the platform on the login page); a promise
   * while the schema is still loading.
   */
  check: () => CheckResult<TValues, TName> | Promise<CheckResult<TValues, TName>>;
  /** Prefix of the inputs' ids, so links and tests can name them; a generated one otherwise. */
  idPrefix?: string;
  /** Errors to open with (answers refused by the API on an earlier visit), summary focused. */
  initialErrors?: FieldErrors<TName>;
  /**
   * The form stays on screen once sent (a step checked, settings saved) and may be sent again;
   * otherwise a success keeps it closed while the page moves on (logged in, account created).
   */
  reusable?: boolean;
  /** What the API said about these fields; by default the `fieldErrors` of a refused request. */
  fieldErrorsOf?: (error: unknown) => FieldErrors<TName> | null;
}

/**
 * The one validation policy of the app's forms. Nothing is checked while the user types a first
 * time: the whole form is checked on submit, and the errors are shown on their fields and in a
 * summary that takes focus. From then on until the next submit, a field that showed an error is
 * checked again on each change, so its message follows the typing and is gone once the field is
 * right; a field without an error gets none before the next submit. Messages appear only when asked for (no layout
 * shift while typing, none on blur under a pointer on its way to the button).
 *
 * The submit goes through the app's submit-once guard (`useSubmitOnce`); the API's answers about
 * fields land on the fields, anything else goes to the caller's `onFailure`.
 */
export function useFormValidation<TValues, TName extends string>({
  fields,
  check,
  idPrefix,
  initialErrors,
  reusable = false,
  fieldErrorsOf,
}: FormValidationOptions<TValues, TName>) {
  const generatedId = useId();
  const prefix = idPrefix ?? generatedId;
  const idOf = (name: TName) => fieldDomId(prefix, name);
  const summaryOf = (errors: FieldErrors<TName>): ErrorSummaryState => ({
    items: fields.flatMap((name) => {
      const message = errors[name];
      return message ? [{ fieldId: idOf(name), message }] : [];
    }),
  });

  const [errors, setErrors] = useState<FieldErrors<TName>>(() => initialErrors ?? {});
  // A snapshot taken at each submit: fixing a field does not make the list move under the cursor.
  const [summary, setSummary] = useState<ErrorSummaryState | null>(() =>
    initialErrors && Object.keys(initialErrors).length > 0 ? summaryOf(initialErrors) : null,
  );
  // The fields that showed an error since the last submit: their messages follow the typing.
  const followed = useRef<ReadonlySet<string>>(new Set(Object.keys(initialErrors ?? {})));
  const submitOnce = useSubmitOnce();
  // From the checked submit until the request's answer; after a success of a form that is not
  // reusable, until the page moves on.
  const [sending, setSending] = useState(false);
  // A check that waited for its schema goes on only if the form is still on screen.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** Shows these errors on their fields and in a new summary, which takes focus. */
  const showErrors = (next: FieldErrors<TName>) => {
    followed.current = new Set(Object.keys(next));
    setErrors(next);
    setSummary(summaryOf(next));
  };

  const clearErrors = () => {
    followed.current = new Set();
    setErrors({});
    setSummary(null);
  };

  /** Checks one field again, if it showed an error since the last submit. */
  const recheck = (name: string) => {
    if (!followed.current.has(name)) return;
    whenChecked(check(), (result) => {
      const now = result.ok ? undefined : result.errors[name as TName];
      setErrors((previous) => ({ ...previous, [name]: now }));
    });
  };

  /** For the `<form>`: every input's change bubbles here, named by its `name`. */
  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const target: EventTarget = event.target;
    if ('name' in target && typeof target.name === 'string') recheck(target.name);
  };

  /**
   * The form's submit handler: checks, then sends once. `send` gets the checked values and the
   * submission (its `key` is the action's `Idempotency-Key`).
   */
  const handleSubmit =
    (
      send: (values: TValues, submission: Submission) => Promise<void>,
      onFailure?: (error: unknown) => void,
    ) =>
    (event?: FormEvent) => {
      event?.preventDefault();
      // A double click or a second Enter while the first request runs must not send twice.
      const submission = submitOnce();
      if (!submission) return;
      const sendChecked = (result: CheckResult<TValues, TName>) => {
        if (!mounted.current) return;
        if (!result.ok) {
          submission.done();
          showErrors(result.errors);
          return;
        }
        clearErrors();
        setSending(true);
        void send(result.values, submission).then(
          () => {
            if (!reusable) return;
            submission.done();
            if (mounted.current) setSending(false);
          },
          (error: unknown) => {
            submission.failed(error);
            if (mounted.current) setSending(false);
            const fieldErrors = (fieldErrorsOf ?? ((e) => apiFieldErrors(e, fields)))(error);
            if (fieldErrors) showErrors(fieldErrors);
            else onFailure?.(error);
          },
        );
      };
      // A schema that could not load (offline) is a failure the caller shows, like a request's.
      whenChecked(check(), sendChecked, (error) => {
        submission.failed(error);
        onFailure?.(error);
      });
    };

  return {
    errors,
    /** A checked submit is on its way: its button shows it (`pending`). */
    sending,
    /** The field's message, an i18n key. */
    errorOf: (name: TName): string | undefined => errors[name],
    idOf,
    summary,
    showErrors,
    clearErrors,
    recheck,
    onChange,
    handleSubmit,
  };
}

/** Goes on with a check's result at once, or once its schema has loaded. */
function whenChecked<T>(
  result: T | Promise<T>,
  then: (result: T) => void,
  // A recheck's schema is there (its first change started loading it); if not, the submit says so.
  onError: (error: unknown) => void = () => undefined,
): void {
  if (result instanceof Promise) void result.then(then, onError);
  else then(result);
}
