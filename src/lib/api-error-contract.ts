import { z } from 'zod';

/*
 * The body of every API error, and the codes any endpoint may answer (each feature's contract
 * lists its own). The mock answers with it and the OpenAPI document describes it; the API client
 * reads it with a guard of its own, typed by this schema, so zod stays off the start-up path
 * (docs/decisions/0004-bundle-budget.md).
 */

export { API_ERROR_CODES } from './api-error-codes';

export const apiErrorBodySchema = z.object({
  code: z.string(),
  /**
   * Where the request is wrong: the field's path in the request ("profil.identifiant", "_" for
   * the request as a whole) → the i18n key of the message the user sees.
   */
  fieldErrors: z.record(z.string(), z.string()).optional(),
  /** With `CONNEXION_BLOQUEE`: when the identifiant may be tried again. */
  lockedUntil: z.iso.datetime({ offset: true }).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
