import { isApiError } from '@/lib/api-client';

/** A form's messages by field name (its path, `notifications.autreEmail`); each an i18n key. */
export type FieldErrors<TName extends string = string> = Partial<Record<TName, string>>;

/**
 * The form field a path is about: the field itself, or the closest field it lies under
 * (`documents.0.typeMime` is about `documents`). Null when the form has no such field.
 */
export function fieldOf<TName extends string>(
  path: string,
  fields: readonly TName[],
): TName | null {
  let found: TName | null = null;
  for (const field of fields) {
    const under = path === field || path.startsWith(`${field}.`);
    if (under && (found === null || field.length > found.length)) found = field;
  }
  return found;
}

/**
 * Messages keyed by path (the API's `fieldErrors`, a check's issues) onto the form's fields, the
 * first message of each field kept. `prefix` is the form's place in the request (`profil.`).
 */
export function toFieldErrors<TName extends string>(
  entries: Iterable<readonly [string, string]>,
  fields: readonly TName[],
  prefix = '',
): FieldErrors<TName> {
  const errors: FieldErrors<TName> = {};
  for (const [path, message] of entries) {
    if (!path.startsWith(prefix)) continue;
    const field = fieldOf(path.slice(prefix.length), fields);
    if (field !== null) errors[field] ??= message;
  }
  return errors;
}

/**
 * What the API said about the form's fields (`fieldErrors` of a refused request), or null when
 * it said nothing about them: the failure is then for an alert, not for the fields.
 */
export function apiFieldErrors<TName extends string>(
  error: unknown,
  fields: readonly TName[],
  prefix = '',
): FieldErrors<TName> | null {
  if (!isApiError(error) || error.kind !== 'http' || error.status >= 500) return null;
  const errors = toFieldErrors(Object.entries(error.body?.fieldErrors ?? {}), fields, prefix);
  return Object.keys(errors).length > 0 ? errors : null;
}

/** The id of a field's input, from the form's id prefix and the field's path. */
export function fieldDomId(prefix: string, name: string): string {
  return `${prefix}-${name.replace(/\./g, '-')}`;
}
