import { z } from 'zod';
import { auditEntrySchema, caseNumberSchema } from '@/features/disputes/api/contract';

/** Server-side records: what the backend knows, including what it never sends (passwords). */
export const establishmentRecordSchema = z.object({
  numeroCommercant: z.string(),
  siret: z.string(),
  iban: z.string(),
  raisonSociale: z.string(),
  adresse: z.string(),
});
export type EstablishmentRecord = z.infer<typeof establishmentRecordSchema>;

export const accountLanguageSchema = z.enum(['fr', 'en']);
export type AccountLanguage = z.infer<typeof accountLanguageSchema>;

export const accountRecordSchema = z.object({
  identifiant: z.string(),
  // A demo backend: plain text keeps the fixtures readable; a real one stores a slow hash.
  password: z.string(),
  prenom: z.string(),
  nom: z.string(),
  email: z.string(),
  telephone: z.string().nullable(),
  numeroCommercant: z.string(),
  gestionLitiges: z.boolean(),
  notifications: z.object({
    ouverture: z.boolean(),
    miseAJour: z.boolean(),
    /** Reminders 5 days and 1 day before a deadline; accounts saved before they existed have them. */
    rappels: z.boolean().default(true),
    email: z.string(),
  }),
  createdAt: z.string(),
  /**
   * The language its e-mails are written in: the space's language at signup, then at each
   * login. Accounts saved before it existed read as French.
   */
  langue: accountLanguageSchema.default('fr'),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;

/**
 * A case's journal: one record per case, so an action writes that case's entries alone, never
 * every case's (a real backend keeps it in a table of its own, beside the case).
 */
export const caseJournalRecordSchema = z.object({
  numeroDossier: caseNumberSchema,
  entries: z.array(auditEntrySchema),
});
export type CaseJournalRecord = z.infer<typeof caseJournalRecordSchema>;
