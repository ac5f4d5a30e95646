import { z } from 'zod';
import type validationFr from '@locales/fr/validation.json';

type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : LeafPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** An i18n key of the `validation` namespace; a typo or a missing French message fails type-checking. */
export type ValidationKey = `validation:${LeafPaths<typeof validationFr>}`;

/**
 * A string field that is normalized, then checked by a pure function returning one error code.
 * Exactly one issue per field, so the form always shows the most relevant message.
 */
export function fieldSchema<Code extends string>(options: {
  requiredKey: ValidationKey;
  normalize: (value: string) => string;
  getError: (normalized: string) => Code | null;
  messageKey: (code: Code) => ValidationKey;
}) {
  const { requiredKey, normalize, getError, messageKey } = options;
  return z
    .string({ error: requiredKey })
    .overwrite(normalize)
    .superRefine((value, ctx) => {
      const code = getError(value);
      if (code !== null) {
        ctx.addIssue({ code: 'custom', message: messageKey(code), input: value });
      }
    });
}
