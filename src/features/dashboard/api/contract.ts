import { z } from 'zod';
import { caseNumberSchema } from '@/features/disputes/api/contract';

/*
 * The account summary contract (`GET /compte`, `GET /litiges/synthese`): the client parses the
 * answers with these schemas, the mock backend builds them with the same types.
 */

export const disputeNoticeModeSchema = z.enum(['en-ligne', 'courrier']);
export type DisputeNoticeMode = z.infer<typeof disputeNoticeModeSchema>;

export const accountSummarySchema = z.object({
  etablissement: z.object({
    raisonSociale: z.string(),
    numeroCommercant: z.string(),
    siret: z.string().regex(/^\d{14}$/),
    /** The IBAN never leaves the server whole: its last four characters and its length only. */
    ibanFin: z.string().regex(/^[A-Z0-9]{4}$/),
    ibanLongueur: z.int().min(15).max(34),
  }),
  utilisateur: z.object({
    identifiant: z.string(),
    prenom: z.string(),
    nom: z.string(),
    email: z.string(),
  }),
  services: z.object({
    gestionLitiges: z.boolean(),
    avisLitiges: disputeNoticeModeSchema,
    notifications: z.object({
      ouverture: z.boolean(),
      miseAJour: z.boolean(),
      email: z.string(),
    }),
  }),
});
export type AccountSummary = z.infer<typeof accountSummarySchema>;

/** « Clos » on the dashboard counts the disputes closed in this many last days. */
export const RECENTLY_CLOSED_DAYS = 90;

const countSchema = z.int().nonnegative();

export const disputesOverviewSchema = z.object({
  aTraiter: countSchema,
  enCours: countSchema,
  closRecents: countSchema,
  /** The nearest response deadline among the disputes to handle; null when none is left. */
  prochaineEcheance: z.object({ date: z.iso.date(), numeroDossier: caseNumberSchema }).nullable(),
  /**
   * The disputes to handle whose response deadline is at most `jours` days away, today included:
   * counted by the server, on its Paris day, for the dashboard's notice.
   */
  echeancesProches: z.object({ nombre: countSchema, jours: z.int().nonnegative() }),
  /** The server's day in Paris: « aujourd’hui » is that day, whatever the device's clock says. */
  aujourdhui: z.iso.date(),
});
export type DisputesOverview = z.infer<typeof disputesOverviewSchema>;
