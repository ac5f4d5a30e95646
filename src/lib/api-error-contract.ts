import { z } from 'zod';

/*
 * The body of every API error, and the codes any endpoint may answer (each feature's contract
 * lists its own). The mock answers with it and the OpenAPI document describes it; the API client
 * reads it with a guard of its own, typed by this schema, so zod stays off the start-up path
 * (docs/decisions/0004-bundle-budget.md).
 */

export const API_ERROR_CODES = {
  /** 400: the body or the query breaks the contract; `fieldErrors` says where. */
  validation: 'VALIDATION',
  /** 403: a write without the session's anti-CSRF token, or with another session's. */
  csrf: 'CSRF',
  /** 401: no logged-in session (never logged in, idle too long, logged out in another tab). */
  sessionExpired: 'SESSION_EXPIREE',
  /** 500: the server failed; the user may try again. */
  server: 'ERREUR_SERVEUR',
  /** 403: an endpoint of online dispute management, for an account that has not subscribed. */
  notSubscribed: 'GESTION_LITIGES_INACTIVE',
  /** 422: an `Idempotency-Key` already used for another body on this endpoint. */
  idempotencyKeyReused: 'CLE_IDEMPOTENCE_REUTILISEE',
} as const;

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
