import { fieldSchema } from './field-schema';

export type PersonNameError = 'required' | 'tooLong' | 'characters';

export const PERSON_NAME_MAX_LENGTH = 50;

/** Trims, joins runs of spaces and composes accents (NFC) so "é" is stored one way. */
export function normalizePersonName(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function getPersonNameError(value: string): PersonNameError | null {
  const name = normalizePersonName(value);
  if (name === '') return 'required';
  if ([...name].length > PERSON_NAME_MAX_LENGTH) return 'tooLong';
  return /^[\p{L}\p{M} '’-]+$/u.test(name) && /\p{L}/u.test(name) ? null : 'characters';
}

export function isValidPersonName(value: string): boolean {
  return getPersonNameError(value) === null;
}

export const firstNameSchema = fieldSchema<PersonNameError>({
  requiredKey: 'validation:firstName.required',
  normalize: normalizePersonName,
  getError: getPersonNameError,
  messageKey: (code) => `validation:firstName.${code}`,
});

export const lastNameSchema = fieldSchema<PersonNameError>({
  requiredKey: 'validation:lastName.required',
  normalize: normalizePersonName,
  getError: getPersonNameError,
  messageKey: (code) => `validation:lastName.${code}`,
});
