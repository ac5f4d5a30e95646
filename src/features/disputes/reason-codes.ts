import type { DisputeType } from './api/contract';

/*
 * American Express dispute reason codes (motifs) the merchant may meet in France, grouped as the
 * network groups them. Texts live in locales/<lang>/disputes-reasons.json under the same code.
 */

export const REASON_CODES_NAMESPACE = 'disputes-reasons';

export const reasonCodeCategories = [
  'autorisation',
  'litige-titulaire',
  'fraude',
  'programme',
  'traitement',
  'demande-informations',
] as const;
export type ReasonCodeCategory = (typeof reasonCodeCategories)[number];

const BOTH = [
  'demande-informations',
  'action-compensatoire',
] as const satisfies readonly DisputeType[];
// Codes the network only uses once it debits the merchant, never for a first inquiry.
const CHARGEBACK_ONLY = ['action-compensatoire'] as const satisfies readonly DisputeType[];

const definitions = [
  ['A01', 'autorisation', CHARGEBACK_ONLY],
  ['A02', 'autorisation', CHARGEBACK_ONLY],
  ['A08', 'autorisation', CHARGEBACK_ONLY],
  ['C02', 'litige-titulaire', BOTH],
  ['C04', 'litige-titulaire', BOTH],
  ['C05', 'litige-titulaire', BOTH],
  ['C08', 'litige-titulaire', BOTH],
  ['C14', 'litige-titulaire', BOTH],
  ['C18', 'litige-titulaire', BOTH],
  ['C28', 'litige-titulaire', BOTH],
  ['C31', 'litige-titulaire', BOTH],
  ['C32', 'litige-titulaire', BOTH],
  ['F10', 'fraude', CHARGEBACK_ONLY],
  ['F24', 'fraude', BOTH],
  ['F29', 'fraude', BOTH],
  ['F30', 'fraude', CHARGEBACK_ONLY],
  ['F31', 'fraude', CHARGEBACK_ONLY],
  ['FR2', 'programme', CHARGEBACK_ONLY],
  ['FR4', 'programme', CHARGEBACK_ONLY],
  ['FR6', 'programme', CHARGEBACK_ONLY],
  ['P01', 'traitement', CHARGEBACK_ONLY],
  ['P03', 'traitement', CHARGEBACK_ONLY],
  ['P05', 'traitement', BOTH],
  ['P07', 'traitement', CHARGEBACK_ONLY],
  ['P08', 'traitement', BOTH],
  ['P22', 'traitement', CHARGEBACK_ONLY],
  ['P23', 'traitement', CHARGEBACK_ONLY],
  ['R03', 'demande-informations', CHARGEBACK_ONLY],
  ['R13', 'demande-informations', CHARGEBACK_ONLY],
] as const satisfies readonly (readonly [string, ReasonCodeCategory, readonly DisputeType[]])[];

export type ReasonCode = (typeof definitions)[number][0];

type ReasonCodeKey<Part extends string> =
  `${typeof REASON_CODES_NAMESPACE}:codes.${ReasonCode}.${Part}`;

export interface ReasonCodeInfo {
  code: ReasonCode;
  category: ReasonCodeCategory;
  appliesTo: readonly DisputeType[];
  labelKey: ReasonCodeKey<'label'>;
  explanationKey: ReasonCodeKey<'explanation'>;
  /** What the network expects in an answer and which pièces justificatives help. */
  guidanceKey: ReasonCodeKey<'guidance'>;
}

export const reasonCodes: readonly ReasonCodeInfo[] = definitions.map(
  ([code, category, appliesTo]) => ({
    code,
    category,
    appliesTo,
    labelKey: `${REASON_CODES_NAMESPACE}:codes.${code}.label`,
    explanationKey: `${REASON_CODES_NAMESPACE}:codes.${code}.explanation`,
    guidanceKey: `${REASON_CODES_NAMESPACE}:codes.${code}.guidance`,
  }),
);

const byCode = new Map<string, ReasonCodeInfo>(reasonCodes.map((info) => [info.code, info]));

export function isReasonCode(value: string): value is ReasonCode {
  return byCode.has(value);
}

/** Undefined for a code the app does not describe yet; use `unknownReasonCodeKeys` then. */
export function getReasonCode(code: string): ReasonCodeInfo | undefined {
  return byCode.get(code);
}

export function reasonCodesFor(type: DisputeType): readonly ReasonCodeInfo[] {
  return reasonCodes.filter((info) => info.appliesTo.includes(type));
}

export function categoryLabelKey(
  category: ReasonCodeCategory,
): `${typeof REASON_CODES_NAMESPACE}:categories.${ReasonCodeCategory}` {
  return `${REASON_CODES_NAMESPACE}:categories.${category}`;
}

/** Texts for a code sent by the network but not described here; the label interpolates {{code}}. */
export const unknownReasonCodeKeys = {
  labelKey: `${REASON_CODES_NAMESPACE}:unknown.label`,
  explanationKey: `${REASON_CODES_NAMESPACE}:unknown.explanation`,
  guidanceKey: `${REASON_CODES_NAMESPACE}:unknown.guidance`,
} as const;
