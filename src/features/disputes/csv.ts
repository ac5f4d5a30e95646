import type { TFunction } from '@/lib/i18n';
import type { DisputeSummary } from './api/contract';
import { daysBetween } from './api/rules';
import { frenchDate } from './format';
import { getReasonCode, unknownReasonCodeKeys } from './reason-codes';

/*
 * CSV for a French spreadsheet: `;` between fields (the comma is the decimal separator), a UTF-8
 * byte order mark so accents survive, dates as JJ/MM/AAAA and amounts with a decimal comma.
 */
const SEPARATOR = ';';
const BOM = '\ufeff';

// C0 controls and DEL: a line break or a tab inside a value would move the columns.
// eslint-disable-next-line no-control-regex -- these are the characters removed
const CONTROLS = /[\u0000-\u001f\u007f]+/g;
// What a spreadsheet may read as a formula, after any spaces, in ASCII or full width.
const FORMULA_START = /^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]/;
const NUMBER = /^-?\d+(,\d+)?$/;

/** One field: controls replaced by a space, formulas neutralised by a leading `'`, quoted where needed. */
export function csvCell(value: string): string {
  const flat = value.replace(CONTROLS, ' ');
  const safe = FORMULA_START.test(flat) && !NUMBER.test(flat) ? `'${flat}` : flat;
  // Quoted for readers that split on `,` too (`x,=1+1`); a decimal comma stays as it is.
  const quoted = /[";]/.test(safe) || (safe.includes(',') && !NUMBER.test(safe));
  return quoted ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Cents as a French spreadsheet reads euros: « 1234,50 ». */
export function csvEuros(cents: number): string {
  return `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
}

export function disputesCsv(items: readonly DisputeSummary[], today: string, t: TFunction): string {
  const header = [
    t('disputes:list.csv.number'),
    t('disputes:list.csv.type'),
    t('disputes:list.csv.status'),
    t('disputes:list.csv.motif'),
    t('disputes:list.csv.motifLabel'),
    t('disputes:list.csv.amount'),
    t('disputes:list.csv.transaction'),
    t('disputes:list.csv.opened'),
    t('disputes:list.csv.deadline'),
    t('disputes:list.csv.daysLeft'),
    t('disputes:list.csv.card'),
    t('disputes:list.csv.reference'),
  ];
  const rows = items.map((dispute) => {
    const reason = getReasonCode(dispute.motif);
    const days =
      dispute.statut === 'reponse-requise' ? daysBetween(today, dispute.dateLimiteReponse) : null;
    return [
      dispute.numeroDossier,
      t(`disputes:types.${dispute.type}`),
      t(`disputes:statuses.${dispute.statut}`),
      dispute.motif,
      reason ? t(reason.labelKey) : t(unknownReasonCodeKeys.labelKey, { code: dispute.motif }),
      csvEuros(dispute.montantConteste),
      frenchDate(dispute.dateTransaction),
      frenchDate(dispute.dateOuverture),
      frenchDate(dispute.dateLimiteReponse),
      days === null ? '' : String(days),
      `…${dispute.derniersChiffresCarte}`,
      dispute.referenceTitulaire,
    ];
  });
  return csvDocument([header, ...rows]);
}

/** Rows of fields as one CSV text, every field through `csvCell`. */
export function csvDocument(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvCell).join(SEPARATOR)).join('\r\n') + '\r\n';
}

/** Hands the text to the browser as a file download. */
export function downloadCsv(content: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
