import type { TFunction } from '@/lib/i18n';
import type { DisputeStatistics } from './api/statistics-contract';
import { csvDocument, csvEuros } from './csv';
import { frenchDate } from './format';
import { getReasonCode, unknownReasonCodeKeys } from './reason-codes';

/** A ratio as a percentage with a decimal comma, for a French spreadsheet: « 66,7 ». */
function percent(ratio: number): string {
  return String(Math.round(ratio * 1000) / 10).replace('.', ',');
}

/**
 * The statistics page's figures as a CSV, formatted like the list's export: the period's
 * figures, then the cases opened per month, then the most frequent reasons, a blank line between.
 */
export function statisticsCsv(stats: DisputeStatistics, t: TFunction): string {
  const k = (key: string) => t(`disputes-statistics:csv.${key}`);
  const { dossiers, montants } = stats;
  const figures = [
    [k('figure'), k('value')],
    [k('from'), frenchDate(stats.du)],
    [k('to'), frenchDate(stats.au)],
    [k('opened'), String(dossiers.ouverts)],
    [k('accepted'), String(dossiers.acceptes)],
    [k('contested'), String(dossiers.contestes)],
    [k('won'), String(dossiers.gagnes)],
    [k('lost'), String(dossiers.perdus)],
    [k('expired'), String(dossiers.expires)],
    [k('winRate'), stats.tauxReussite === null ? '' : percent(stats.tauxReussite)],
    [k('atStake'), csvEuros(montants.enJeu)],
    [k('recovered'), csvEuros(montants.recupere)],
    [k('lostAmount'), csvEuros(montants.perdu)],
  ];
  const months = [
    [k('month'), k('opened')],
    ...stats.parMois.map(({ mois, ouverts }) => [
      `${mois.slice(5, 7)}/${mois.slice(0, 4)}`,
      String(ouverts),
    ]),
  ];
  const reasons = [
    [k('code'), k('reason'), k('cases')],
    ...stats.motifs.map(({ code, dossiers: count }) => {
      const reason = getReasonCode(code);
      return [
        code,
        reason ? t(reason.labelKey) : t(unknownReasonCodeKeys.labelKey, { code }),
        String(count),
      ];
    }),
  ];
  return csvDocument([...figures, [], ...months, [], ...reasons]);
}
