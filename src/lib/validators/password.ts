import type { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords';
import { fieldSchema, type ValidationKey } from './field-schema';
import { PASSWORD_MAX_LENGTH, passwordLength } from './password-length';

export { PASSWORD_MAX_LENGTH };

export type PasswordError = 'required' | 'tooShort' | 'tooLong' | 'common' | 'containsIdentifiant';
export type PasswordScore = 0 | 1 | 2 | 3 | 4;
export interface PasswordStrength {
  score: PasswordScore;
}
export interface PasswordWithIdentifiant {
  identifiant: string;
  password: string;
}

export const PASSWORD_MIN_LENGTH = 12;
const IDENTIFIANT_MIN_LENGTH_TO_COMPARE = 3;

function comparable(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s/g, '');
}

export function isCommonPassword(password: string): boolean {
  const candidate = comparable(password);
  // A password made only of spaces is as guessable as any entry of the list.
  if (candidate === '') return true;
  const root = candidate.replace(/[\p{N}\p{P}\p{S}]+$/u, '');
  return COMMON_PASSWORDS.has(candidate) || COMMON_PASSWORDS.has(root);
}

export function passwordContainsIdentifiant(password: string, identifiant: string): boolean {
  const needle = identifiant.trim().toLowerCase();
  if (needle.length < IDENTIFIANT_MIN_LENGTH_TO_COMPARE) return false;
  return password.toLowerCase().includes(needle);
}

/** The identifiant rule applies only when the identifiant is known (same form or stored account). */
export function getPasswordError(password: string, identifiant?: string): PasswordError | null {
  const length = passwordLength(password);
  if (length === 0) return 'required';
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (isCommonPassword(password)) return 'common';
  if (identifiant !== undefined && passwordContainsIdentifiant(password, identifiant)) {
    return 'containsIdentifiant';
  }
  return null;
}

function smallestRepeatingUnit(chars: string[]): string[] {
  for (let size = 1; size <= chars.length / 2; size += 1) {
    if (chars.length % size === 0 && chars.every((char, index) => char === chars[index % size])) {
      return chars.slice(0, size);
    }
  }
  return chars;
}

/** Characters left once repeats ("aaa") and runs of 3+ ("abcd", "4321") count as one step each. */
function unpredictableLength(chars: string[]): number {
  let count = 0;
  let previousCode: number | null = null;
  let previousStep: number | null = null;
  for (const char of chars) {
    const code = char.codePointAt(0) ?? 0;
    if (previousCode === null) {
      count += 1;
    } else {
      const step = code - previousCode;
      const predictable = step === 0 || (Math.abs(step) === 1 && step === previousStep);
      if (!predictable) count += 1;
      previousStep = step;
    }
    previousCode = code;
  }
  return count;
}

function alphabetSize(chars: string[]): number {
  const has = (pattern: RegExp) => chars.some((char) => pattern.test(char));
  let size = 0;
  if (has(/\p{Ll}/u)) size += 26;
  if (has(/\p{Lu}/u)) size += 26;
  if (has(/\p{Nd}/u)) size += 10;
  // Spaces separate words rather than add symbols, so they widen the alphabet by one.
  if (has(/\s/u)) size += 1;
  if (has(/[^\p{Ll}\p{Lu}\p{Nd}\s]/u)) size += 33;
  return size;
}

/** Upper bounds, in bits, of scores 0 to 3; anything above the last is 4. */
const SCORE_CEILINGS_IN_BITS = [30, 50, 65, 80] as const;

/**
 * A rough, explainable estimate: bits ≈ unpredictable length × log2(alphabet size), where the
 * alphabet grows with each class used (lower case, upper case, digits, other signs). Common
 * passwords score 0; passwords under the minimum length score at most 1.
 */
export function passwordStrength(password: string): PasswordStrength {
  const chars = [...password];
  if (chars.length === 0 || isCommonPassword(password)) return { score: 0 };
  const bits = unpredictableLength(smallestRepeatingUnit(chars)) * Math.log2(alphabetSize(chars));
  const index = SCORE_CEILINGS_IN_BITS.findIndex((ceiling) => bits < ceiling);
  const score = (index === -1 ? 4 : index) as PasswordScore;
  return {
    score: chars.length < PASSWORD_MIN_LENGTH ? (Math.min(score, 1) as PasswordScore) : score,
  };
}

export function passwordStrengthLabelKey(score: PasswordScore): ValidationKey {
  return `validation:password.strength.${score}`;
}

export function passwordStrengthHintKey(score: PasswordScore): ValidationKey {
  return `validation:password.strengthHint.${score}`;
}

/** Field-level rules only; the identifiant rule needs both values, see refinePasswordAgainstIdentifiant. */
export const passwordSchema = fieldSchema<PasswordError>({
  requiredKey: 'validation:password.required',
  // Never trimmed: spaces are part of the password.
  normalize: (value) => value,
  getError: (value) => getPasswordError(value),
  messageKey: (code) => `validation:password.${code}`,
});

/**
 * Cross-field rule for an object schema holding both fields:
 * `z.object({ identifiant: identifiantSchema, password: passwordSchema }).superRefine(refinePasswordAgainstIdentifiant)`.
 * Reported on `password`, and only when the password passes its own rules, so one message shows.
 */
export function refinePasswordAgainstIdentifiant<T extends PasswordWithIdentifiant>(
  value: T,
  ctx: z.RefinementCtx<T>,
): void {
  if (getPasswordError(value.password) !== null) return;
  if (passwordContainsIdentifiant(value.password, value.identifiant)) {
    ctx.addIssue({
      code: 'custom',
      path: ['password'],
      message: 'validation:password.containsIdentifiant' satisfies ValidationKey,
      input: value.password,
    });
  }
}
