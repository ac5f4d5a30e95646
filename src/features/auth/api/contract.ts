import * as z from 'zod/mini';
import { IDENTIFIANT_MAX_LENGTH, PASSWORD_MAX_LENGTH } from './limits';

export { IDENTIFIANT_MAX_LENGTH, PASSWORD_MAX_LENGTH };

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
  /**
   * New each time the session starts or is prolonged. An idle tab compares it with the last one
   * its browser knows: another value means a tab it never heard from kept the session alive.
   */
  keepAliveId: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

/** Kept apart from the schemas: the login page needs the codes, not zod. */
export { LOGIN_ERROR_CODES } from './error-codes';
