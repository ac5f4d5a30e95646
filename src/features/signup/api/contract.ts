import { z } from 'zod';
import { sessionSchema } from '@/features/auth/api/contract';
import {
  emailSchema,
  firstNameSchema,
  ibanSchema,
  identifiantSchema,
  lastNameSchema,
  merchantNumberSchema,
  passwordSchema,
  phoneSchema,
  refinePasswordAgainstIdentifiant,
  siretSchema,
} from '@/lib/validators';
import { normalizeEmail } from '@/lib/validators/email';

/**
 * The signup contract, shared by the forms and the mock API. Each step's request carries every
 * earlier step too, so the API checks them again and refuses a step reached out of order.
 */

export { SIGNUP_ERROR_CODES, SIGNUP_STEPS, type SignupStep } from './signup-steps';

export const etablissementSchema = z.object({
  numeroCommercant: merchantNumberSchema,
  siret: siretSchema,
  iban: ibanSchema,
});
export type EtablissementInput = z.input<typeof etablissementSchema>;
export type Etablissement = z.output<typeof etablissementSchema>;

const profilFields = z.object({
  prenom: firstNameSchema,
  nom: lastNameSchema,
  email: emailSchema,
  telephone: phoneSchema,
  identifiant: identifiantSchema,
  password: passwordSchema,
});
export const profilSchema = profilFields.superRefine(refinePasswordAgainstIdentifiant);
export type ProfilInput = z.input<typeof profilSchema>;
export type Profil = z.output<typeof profilSchema>;

/** Profile answers that may be kept in the browser: everything but the password. */
export const profilDraftSchema = profilFields.omit({ password: true });

/**
 * Notifications only mean something with « Gestion des litiges »: unsubscribed, they are off and
 * an address typed before unticking is neither checked nor kept.
 */
export const gestionFinanciereSchema = z
  .object({
    gestionLitiges: z.boolean(),
    notifications: z.object({
      ouverture: z.boolean(),
      miseAJour: z.boolean(),
      /** Empty means « the step-2 address ». */
      autreEmail: z.string().optional(),
    }),
    conditionsAcceptees: z.boolean().refine((accepted) => accepted, {
      error: 'signup:gestion.errors.conditions',
    }),
  })
  .superRefine((value, ctx) => {
    const email = value.notifications.autreEmail ?? '';
    if (!value.gestionLitiges || email.trim() === '') return;
    const message = emailSchema.safeParse(email).error?.issues[0]?.message;
    if (message) ctx.addIssue({ code: 'custom', path: ['notifications', 'autreEmail'], message });
  })
  .transform(({ gestionLitiges, notifications, conditionsAcceptees }) => ({
    gestionLitiges,
    conditionsAcceptees,
    notifications: gestionLitiges
      ? {
          ouverture: notifications.ouverture,
          miseAJour: notifications.miseAJour,
          autreEmail: notifications.autreEmail?.trim()
            ? normalizeEmail(notifications.autreEmail)
            : undefined,
        }
      : { ouverture: false, miseAJour: false, autreEmail: undefined },
  }));
export type GestionFinanciereInput = z.input<typeof gestionFinanciereSchema>;
export type GestionFinanciere = z.output<typeof gestionFinanciereSchema>;

export const verifyEtablissementRequestSchema = z.object({ etablissement: etablissementSchema });
export type VerifyEtablissementRequest = z.output<typeof verifyEtablissementRequestSchema>;

export const verifyProfilRequestSchema = verifyEtablissementRequestSchema.extend({
  profil: profilSchema,
});
export type VerifyProfilRequest = z.output<typeof verifyProfilRequestSchema>;

export const verifyGestionFinanciereRequestSchema = verifyProfilRequestSchema.extend({
  gestionFinanciere: gestionFinanciereSchema,
});
export type VerifyGestionFinanciereRequest = z.output<typeof verifyGestionFinanciereRequestSchema>;

export const createAccountRequestSchema = verifyGestionFinanciereRequestSchema.extend({
  /** One per draft: a repeated submission returns the account it already created. */
  demandeId: z.uuid(),
});
export type CreateAccountRequest = z.output<typeof createAccountRequestSchema>;

export const etablissementVerifieSchema = z.object({
  raisonSociale: z.string(),
  adresse: z.string(),
});
export type EtablissementVerifie = z.infer<typeof etablissementVerifieSchema>;

/** The new account is logged in: the answer is the new session. */
export const createAccountResponseSchema = sessionSchema;

export const IDENTIFIANT_TAKEN_KEY = 'signup:profil.errors.identifiantTaken';
