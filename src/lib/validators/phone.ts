import { z } from 'zod';
import type { ValidationKey } from './field-schema';

const PHONE_FORMAT_KEY: ValidationKey = 'validation:phone.format';

/**
 * E.164 form ("+33612345678") of a French number typed in any usual way, or null.
 * Accepts fixed lines 01–05 and 09, mobiles 06–07; 08 (special rates) is refused.
 */
export function normalizeFrenchPhone(value: string): string | null {
  const compact = value.replace(/\(0\)/g, '').replace(/[\s.-]/g, '');
  // A trunk 0 typed after +33 is a common slip, so "+33 06…" is accepted too.
  const match = /^(?:0|(?:\+|00)330?)([1-79][0-9]{8})$/.exec(compact);
  return match ? `+33${match[1]}` : null;
}

export function isValidFrenchPhone(value: string): boolean {
  return normalizeFrenchPhone(value) !== null;
}

/** "+33147777575" → "01 47 77 75 75"; a value that is not a French number comes back unchanged. */
export function formatFrenchPhone(value: string): string {
  const e164 = normalizeFrenchPhone(value);
  if (e164 === null) return value;
  const national = `0${e164.slice(3)}`;
  return national.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** Optional field: empty or blank gives undefined, anything else must be a French number. */
export const phoneSchema = z
  .string({ error: PHONE_FORMAT_KEY })
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value.trim() === '') return undefined;
    const e164 = normalizeFrenchPhone(value);
    if (e164 === null) {
      ctx.issues.push({ code: 'custom', message: PHONE_FORMAT_KEY, input: value });
      return z.NEVER;
    }
    return e164;
  });
