import type { AuditAction, AuditChannel, AuditEntry } from '@/features/disputes/api/contract';
import { now } from './clock';
import { db } from './db';
import type { AccountRecord } from './records';

/**
 * Reading a case and saving a draft are recorded once per visit, not at each refetch: the same
 * person's same action on the same case, from the same channel, within this time of the last
 * one recorded, adds nothing.
 */
export const REPEAT_WINDOW_MS = 5 * 60_000;

const repeatable: ReadonlySet<AuditAction> = new Set(['consultation', 'brouillon-enregistre']);

export interface CaseAction {
  action: AuditAction;
  account: Pick<AccountRecord, 'identifiant' | 'prenom' | 'nom'>;
  channel: AuditChannel;
  /** The file's name, for `document-ajoute`. */
  document?: string;
}

/** The case's journal, oldest first. */
export function caseJournal(numero: string): AuditEntry[] {
  return db.caseJournals.findFirst((q) => q.where({ numeroDossier: numero }))?.entries ?? [];
}

function isRepeat(entries: readonly AuditEntry[], entry: AuditEntry, at: number): boolean {
  if (!repeatable.has(entry.action)) return false;
  const last = entries.findLast(
    (candidate) =>
      candidate.action === entry.action &&
      candidate.canal === entry.canal &&
      candidate.auteur.identifiant === entry.auteur.identifiant,
  );
  return last !== undefined && at - Date.parse(last.date) < REPEAT_WINDOW_MS;
}

/**
 * Writes what was done on a case to its journal, at the server's clock. Every handler that acts
 * on a case calls it with its channel (`web` here; an answer to many cases at once passes `bulk`).
 * Only that case's journal changes, so the browser's server saves one small record.
 */
export async function recordCaseAction(numero: string, action: CaseAction): Promise<void> {
  const at = now();
  const entry: AuditEntry = {
    action: action.action,
    date: new Date(at).toISOString(),
    auteur: {
      identifiant: action.account.identifiant,
      nom: `${action.account.prenom} ${action.account.nom}`,
    },
    canal: action.channel,
    ...(action.document ? { document: action.document } : {}),
  };
  const journal = db.caseJournals.findFirst((q) => q.where({ numeroDossier: numero }));
  if (!journal) {
    await db.caseJournals.create({ numeroDossier: numero, entries: [entry] });
    return;
  }
  if (isRepeat(journal.entries, entry, at)) return;
  await db.caseJournals.update(journal, {
    data(record) {
      record.entries.push(entry);
    },
  });
}
