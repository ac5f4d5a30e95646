import { fieldSchema } from './field-schema';

export type IdentifiantError = 'required' | 'characters' | 'length';

export const IDENTIFIANT_MIN_LENGTH = 6;
export const IDENTIFIANT_MAX_LENGTH = 32;

export function normalizeIdentifiant(value: string): string {
  return value.trim();
}

export function getIdentifiantError(value: string): IdentifiantError | null {
  const identifiant = normalizeIdentifiant(value);
  if (identifiant === '') return 'required';
  if (!/^[A-Za-z0-9._-]+$/.test(identifiant)) return 'characters';
  if (identifiant.length < IDENTIFIANT_MIN_LENGTH || identifiant.length > IDENTIFIANT_MAX_LENGTH) {
    return 'length';
  }
  return null;
}

export function isValidIdentifiant(value: string): boolean {
  return getIdentifiantError(value) === null;
}

export const identifiantSchema = fieldSchema<IdentifiantError>({
  requiredKey: 'validation:identifiant.required',
  normalize: normalizeIdentifiant,
  getError: getIdentifiantError,
  messageKey: (code) => `validation:identifiant.${code}`,
});
