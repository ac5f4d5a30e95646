import { HttpResponse } from 'msw';
import { API_ERROR_CODES } from '@/lib/api-error-contract';
import type { Dispute } from '@/features/disputes/api/contract';
import {
  TOP_REASONS_COUNT,
  statisticsQuerySchema,
  type DisputeStatistics,
  type StatisticsPeriod,
} from '@/features/disputes/api/statistics-contract';
import { db } from '../db';
import { endpoint, errorResponse, fieldErrors } from '../http';
import { formatYmd } from '../lib/paris-time';
import { parisToday } from '../lib/today';

/** "YYYY-MM" of each month of the period, oldest first, ending with `today`'s month. */
function periodMonths(today: string, periode: StatisticsPeriod): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: periode }, (_, index) => {
    // Months counted from year 0, so going back across a January needs no special case.
    const absolute = year * 12 + (month - 1) - (periode - 1) + index;
    return formatYmd(Math.floor(absolute / 12), (absolute % 12) + 1, 1).slice(0, 7);
  });
}

/**
 * The figures of the cases opened from the 1st of the period's first month to `today` (Paris
 * days, as `dateOuverture` is), in one pass over the merchant's disputes: 5,000 cases included.
 */
export function disputeStatistics(
  disputes: Iterable<Dispute>,
  today: string,
  periode: StatisticsPeriod,
): DisputeStatistics {
  const months = periodMonths(today, periode);
  const du = `${months[0] ?? today.slice(0, 7)}-01`;
  const perMonth = new Map(months.map((month) => [month, 0]));
  const perReason = new Map<string, number>();
  const dossiers = { ouverts: 0, acceptes: 0, contestes: 0, gagnes: 0, perdus: 0, expires: 0 };
  const montants = { enJeu: 0, recupere: 0, perdu: 0 };

  for (const dispute of disputes) {
    const opened = dispute.dateOuverture;
    if (opened < du || opened > today) continue;
    const month = opened.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    perReason.set(dispute.motif, (perReason.get(dispute.motif) ?? 0) + 1);
    dossiers.ouverts += 1;
    montants.enJeu += dispute.montantConteste;
    if (dispute.reponseCommercant?.decision === 'contestee') dossiers.contestes += 1;
    switch (dispute.statut) {
      case 'accepte':
        dossiers.acceptes += 1;
        montants.perdu += dispute.montantConteste;
        break;
      case 'expire':
        dossiers.expires += 1;
        montants.perdu += dispute.montantConteste;
        break;
      case 'clos-en-votre-faveur':
        dossiers.gagnes += 1;
        montants.recupere += dispute.montantConteste;
        break;
      case 'clos-en-faveur-du-titulaire':
        dossiers.perdus += 1;
        montants.perdu += dispute.montantConteste;
        break;
      case 'reponse-requise':
      case 'en-cours-examen':
        break;
    }
  }

  const decided = dossiers.gagnes + dossiers.perdus;
  const motifs = [...perReason]
    .sort(([codeA, a], [codeB, b]) => b - a || (codeA < codeB ? -1 : codeA > codeB ? 1 : 0))
    .slice(0, TOP_REASONS_COUNT)
    .map(([code, count]) => ({ code, dossiers: count }));
  return {
    periode,
    du,
    au: today,
    dossiers,
    tauxReussite: decided === 0 ? null : dossiers.gagnes / decided,
    montants,
    motifs,
    parMois: [...perMonth].map(([mois, ouverts]) => ({ mois, ouverts })),
  };
}

export const disputesStatisticsHandlers = [
  endpoint('get', '/litiges/statistiques', { auth: true }, ({ request, account }) => {
    if (!account.gestionLitiges) return errorResponse(403, API_ERROR_CODES.notSubscribed);
    const parsed = statisticsQuerySchema.safeParse(
      Object.fromEntries(new URL(request.url).searchParams),
    );
    if (!parsed.success) {
      return errorResponse(400, API_ERROR_CODES.validation, {
        fieldErrors: fieldErrors(parsed.error),
      });
    }
    const disputes = db.disputes.findMany((q) =>
      q.where({ numeroCommercant: account.numeroCommercant }),
    );
    return HttpResponse.json(disputeStatistics(disputes, parisToday(), parsed.data.periode));
  }),
];
