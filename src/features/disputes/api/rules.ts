import type { DisputeStatus, DisputeSummary, ReadOnlyReason } from './contract';
import { disputeTabSchema, type DisputeTab } from './list-query';

/* The disputes' rules the client shows and the mock server enforces: tabs, deadlines, urgency. */

/** Which statuses each list tab shows; every status belongs to exactly one tab. */
export const statusesByTab = {
  'a-traiter': ['reponse-requise'],
  'en-cours': ['en-cours-examen'],
  clos: ['clos-en-votre-faveur', 'clos-en-faveur-du-titulaire', 'accepte', 'expire'],
} as const satisfies Record<DisputeTab, readonly DisputeStatus[]>;

export function tabOfStatus(status: DisputeStatus): DisputeTab {
  const tab = disputeTabSchema.options.find((candidate) =>
    (statusesByTab[candidate] as readonly DisputeStatus[]).includes(status),
  );
  // Unreachable while statusesByTab covers every status (the rules test checks it).
  if (!tab) throw new Error(`No tab for status ${status}`);
  return tab;
}

/** `today` is a Paris "YYYY-MM-DD": the deadline day itself still takes an answer. */
export function readOnlyReason(
  dispute: Pick<DisputeSummary, 'statut' | 'dateLimiteReponse'>,
  today: string,
): ReadOnlyReason | null {
  if (dispute.statut === 'en-cours-examen') return 'en-cours-examen';
  if (dispute.statut !== 'reponse-requise') return 'clos';
  return dispute.dateLimiteReponse < today ? 'delai-depasse' : null;
}

/** A case to answer with this many days left or fewer (0: due today) is urgent. */
export const URGENT_DAYS = 3;

/** Whole days from `today` to `date` (both "YYYY-MM-DD"), negative once past. */
export function daysBetween(today: string, date: string): number {
  return Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}
