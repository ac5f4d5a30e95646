import type { z } from 'zod';
import { toFieldErrors, type FieldErrors } from './field-errors';
import type { CheckResult } from './use-form-validation';

/** What a zod issue says: where, and what (an i18n key). */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A failed check's issues onto the form's fields. */
export function issuesToFieldErrors<TName extends string>(
  issues: readonly IssueLike[],
  fields: readonly TName[],
): FieldErrors<TName> {
  return toFieldErrors(
    issues.map((issue) => [issue.path.map(String).join('.'), issue.message] as const),
    fields,
  );
}

/** A zod schema's verdict on some values, as the form kit shows it. */
export function zodCheck<TSchema extends z.ZodType, TName extends string>(
  schema: TSchema,
  values: unknown,
  fields: readonly TName[],
): CheckResult<z.output<TSchema>, TName> {
  const result = schema.safeParse(values);
  return result.success
    ? { ok: true, values: result.data }
    : { ok: false, errors: issuesToFieldErrors(result.error.issues, fields) };
}
