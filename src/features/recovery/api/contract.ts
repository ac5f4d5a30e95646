import { z } from 'zod';
import { loginRequestSchema } from '@/features/auth/api/contract';
import {
  emailSchema,
  merchantNumberSchema,
  passwordSchema,
  refinePasswordAgainstIdentifiant,
} from '@/lib/validators';

/**
 * Getting back into an account without calling support: a link to choose a new password, and
 * the identifiant sent by e-mail. Shared by the forms and the mock API. Every request answers
 * the same whether an account matches or not: the API never says which accounts exist.
 */

/** « Mot de passe oublié ? »: the identifiant, checked as the login checks it. */
export const passwordResetRequestSchema = z.object({
  identifiant: loginRequestSchema.shape.identifiant,
});
export type PasswordResetRequest = z.output<typeof passwordResetRequestSchema>;

/** The token of the e-mailed link; never in a URL the app calls, only in request bodies. */
const jetonSchema = z.string().max(256);

export const resetLinkRequestSchema = z.object({ jeton: jetonSchema });
export type ResetLinkRequest = z.output<typeof resetLinkRequestSchema>;

/** A link that still works: whose password it changes. */
export const resetLinkSchema = z.object({ identifiant: z.string() });
export type ResetLink = z.output<typeof resetLinkSchema>;

/** The signup's password rules; the API also refuses a password containing the identifiant. */
export const newPasswordRequestSchema = z.object({
  jeton: jetonSchema,
  password: passwordSchema,
});
export type NewPasswordRequest = z.output<typeof newPasswordRequestSchema>;

/** What the form checks before sending: the identifiant comes from the link. */
export const newPasswordFormSchema = z
  .object({ identifiant: z.string(), password: passwordSchema })
  .superRefine(refinePasswordAgainstIdentifiant);

/** « Identifiant oublié ? »: the establishment's number and the account's e-mail address. */
export const identifiantReminderRequestSchema = z.object({
  numeroCommercant: merchantNumberSchema,
  email: emailSchema,
});
export type IdentifiantReminderRequest = z.output<typeof identifiantReminderRequestSchema>;

export const RECOVERY_ERROR_CODES = {
  /** 404: no such link (mistyped, cut, or from another server). */
  linkUnknown: 'LIEN_INCONNU',
  /** 410: the link has already changed a password. */
  linkUsed: 'LIEN_DEJA_UTILISE',
  /** 410: older than 30 minutes. */
  linkExpired: 'LIEN_EXPIRE',
  /** 429, with `lockedUntil`: too many requests for what was typed, existing or not. */
  tooManyRequests: 'DEMANDES_TROP_NOMBREUSES',
  /** 503: the mail server refused; nothing was sent, for anyone. */
  emailFailed: 'ENVOI_E_MAIL_IMPOSSIBLE',
} as const;
