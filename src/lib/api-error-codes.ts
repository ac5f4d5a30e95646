// Zod-free, so that what needs only the codes (the demo's scenarios, loaded before the app
// starts) does not load zod with them.
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
