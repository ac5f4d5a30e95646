import type { BulkRefusalReason, Dispute } from '@/features/disputes/api/contract';
import { readOnlyReason } from '@/features/disputes/api/rules';
import { recordCaseAction } from '../audit';
import { now } from '../clock';
import { db } from '../db';
import type { AccountRecord } from '../records';

/** Where an acceptance came from: the case's own page, or « Accepter la sélection ». */
export type AcceptanceChannel = 'web' | 'bulk';

export function ownCase(account: AccountRecord, numero: unknown) {
  if (typeof numero !== 'string') return undefined;
  return db.disputes.findFirst((q) =>
    q.where({ numeroDossier: numero, numeroCommercant: account.numeroCommercant }),
  );
}

export type AcceptanceOutcome =
  { accepted: true; dispute: Dispute } | { accepted: false; reason: BulkRefusalReason };

/**
 * The one acceptance of a case, for the single and the bulk endpoint alike, so both follow the
 * same rules. `channel` says which one asked, in the case's audit trail.
 */
export async function acceptCase(
  account: AccountRecord,
  numero: string,
  today: string,
  options: { commentaire?: string; channel: AcceptanceChannel },
): Promise<AcceptanceOutcome> {
  const dispute = ownCase(account, numero);
  if (!dispute) return { accepted: false, reason: 'introuvable' };
  const readOnly = readOnlyReason(dispute, today);
  if (readOnly) {
    return {
      accepted: false,
      reason: dispute.statut === 'accepte' ? 'deja-accepte' : readOnly,
    };
  }
  const chargeback = dispute.type === 'action-compensatoire';
  const updated = await db.disputes.update(dispute, {
    data(record) {
      record.statut = 'accepte';
      record.reponseCommercant = {
        decision: 'acceptee',
        date: today,
        ...(options.commentaire ? { explication: options.commentaire } : {}),
      };
      record.historique.push({
        type: 'acceptation',
        date: new Date(now()).toISOString(),
        detail: chargeback
          ? 'Le débit est définitif.'
          : 'Le titulaire sera remboursé du montant en litige.',
      });
    },
  });
  await recordCaseAction(dispute.numeroDossier, {
    action: 'acceptation',
    account,
    channel: options.channel,
  });
  return { accepted: true, dispute: updated ?? dispute };
}
