import { z } from 'zod';
import { fieldSchema } from './field-schema';

export type EmailError = 'required' | 'tooLong' | 'format';

export const EMAIL_MAX_LENGTH = 254;

/** Trims and lower-cases the domain only: the local part is case-sensitive in theory (RFC 5321). */
export function normalizeEmail(value: string): string {
  const email = value.trim();
  const at = email.lastIndexOf('@');
  return at === -1 ? email : email.slice(0, at + 1) + email.slice(at + 1).toLowerCase();
}

export function getEmailError(value: string): EmailError | null {
  const email = normalizeEmail(value);
  if (email === '') return 'required';
  if (email.length > EMAIL_MAX_LENGTH) return 'tooLong';
  return z.email().safeParse(email).success ? null : 'format';
}

export function isValidEmail(value: string): boolean {
  return getEmailError(value) === null;
}

export const emailSchema = fieldSchema<EmailError>({
  requiredKey: 'validation:email.required',
  normalize: normalizeEmail,
  getError: getEmailError,
  messageKey: (code) => `validation:email.${code}`,
});
