import { z } from 'zod';

/* What a signup draft holds, as stored (a new visitor's: `new-draft.ts`). */

const answersSchema = z.object({
  etablissement: z.object({ numeroCommercant: z.string(), siret: z.string(), iban: z.string() }),
  profil: z.object({
    prenom: z.string(),
    nom: z.string(),
    email: z.string(),
    telephone: z.string().optional(),
    identifiant: z.string(),
  }),
  gestionFinanciere: z.object({
    gestionLitiges: z.boolean(),
    notifications: z.object({
      ouverture: z.boolean(),
      miseAJour: z.boolean(),
      autreEmail: z.string().optional(),
    }),
    conditionsAcceptees: z.boolean(),
  }),
});
export type SignupAnswers = z.infer<typeof answersSchema>;

const verifiedSchema = z.object({ key: z.string() });
export const draftSchema = z.object({
  demandeId: z.string(),
  answers: answersSchema,
  /** What the API accepted, keyed by the normalized answers it accepted. */
  verified: z.object({
    etablissement: verifiedSchema
      .extend({ raisonSociale: z.string(), adresse: z.string() })
      .optional(),
    profil: verifiedSchema.optional(),
    gestionFinanciere: verifiedSchema.optional(),
  }),
  /** Tells the profile step, after a reload, why the password field is empty again. */
  passwordTyped: z.boolean(),
});
export type SignupDraft = z.infer<typeof draftSchema>;
