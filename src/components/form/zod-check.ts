import type { z } from 'zod';
import { issuesToFieldErrors } from './field-errors';
import type { CheckResult } from './use-form-validation';

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
