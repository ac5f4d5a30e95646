import { HttpResponse } from 'msw';
import { API_ERROR_CODES } from '@/lib/api-error-contract';
import { RECENTLY_CLOSED_DAYS, type DisputesOverview } from '@/features/dashboard/api/contract';
import type { Dispute, DisputeStatus } from '@/features/disputes/api/contract';
import { daysBetween, statusesByTab, URGENT_DAYS } from '@/features/disputes/api/rules';
import { db } from '../db';
import { endpoint, errorResponse } from '../http';
import { addDaysYmd, formatYmd, parisParts } from '../lib/paris-time';
import { parisToday } from '../lib/today';

/** Shared with the list's handler: one definition of which statuses a tab shows. */
export const inTab = (tab: keyof typeof statusesByTab, dispute: Dispute) =>
  (statusesByTab[tab] as readonly DisputeStatus[]).includes(dispute.statut);

/** The Paris day a closed dispute was closed: its last timeline event. */
function closedOn(dispute: Dispute): string {
  const last = dispute.historique.at(-1)?.date ?? dispute.dateOuverture;
  const parts = parisParts(new Date(last));
  return formatYmd(parts.year, parts.month, parts.day);
}

export function disputesOverview(disputes: readonly Dispute[], today: string): DisputesOverview {
  const since = addDaysYmd(today, -RECENTLY_CLOSED_DAYS);
  const toHandle = disputes
    .filter((dispute) => inTab('a-traiter', dispute) && dispute.dateLimiteReponse >= today)
    .sort((a, b) => a.dateLimiteReponse.localeCompare(b.dateLimiteReponse));
  const nearest = toHandle[0];
  return {
    aTraiter: disputes.filter((dispute) => inTab('a-traiter', dispute)).length,
    enCours: disputes.filter((dispute) => inTab('en-cours', dispute)).length,
    closRecents: disputes.filter((dispute) => inTab('clos', dispute) && closedOn(dispute) > since)
      .length,
    prochaineEcheance: nearest
      ? { date: nearest.dateLimiteReponse, numeroDossier: nearest.numeroDossier }
      : null,
    echeancesProches: {
      nombre: toHandle.filter(
        (dispute) => daysBetween(today, dispute.dateLimiteReponse) <= URGENT_DAYS,
      ).length,
      jours: URGENT_DAYS,
    },
    aujourdhui: today,
  };
}

export const disputesSummaryHandlers = [
  endpoint('get', '/litiges/synthese', { auth: true }, ({ account }) => {
    if (!account.gestionLitiges) {
      return errorResponse(403, API_ERROR_CODES.notSubscribed);
    }
    const disputes = db.disputes.findMany((q) =>
      q.where({ numeroCommercant: account.numeroCommercant }),
    );
    return HttpResponse.json(disputesOverview(disputes, parisToday()));
  }),
];
