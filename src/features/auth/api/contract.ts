// zod/mini: this contract is on the start-up path (session), where every kilobyte counts.
import * as z from 'zod/mini';

/** Limits shared by the login form and the API: nothing longer can be a real credential. */
export const IDENTIFIANT_MAX_LENGTH = 32;
export const PASSWORD_MAX_LENGTH = 128;

export const loginRequestSchema = z.object({
  identifiant: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'auth:login.errors.identifiantRequired'),
      z.maxLength(IDENTIFIANT_MAX_LENGTH, 'auth:login.errors.identifiantTooLong'),
    ),
  password: z
    .string()
    .check(
      z.minLength(1, 'auth:login.errors.passwordRequired'),
      z.maxLength(PASSWORD_MAX_LENGTH, 'auth:login.errors.passwordTooLong'),
    ),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  identifiant: z.string(),
  prenom: z.string(),
  nom: z.string(),
  email: z.string(),
  etablissement: z.object({
    raisonSociale: z.string(),
    numeroCommercant: z.string(),
  }),
  gestionLitiges: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionSchema = z.object({
  user: z.nullable(sessionUserSchema),
  csrfToken: z.string(),
  /** The server's idle limit, so the client warns before the server forgets the session. */
  idleTimeoutSeconds: z.int().check(z.positive()),
});
export type Session = z.infer<typeof sessionSchema>;

export const LOGIN_ERROR_CODES = {
  invalidCredentials: 'IDENTIFIANTS_INVALIDES',
  locked: 'CONNEXION_BLOQUEE',
} as const;
