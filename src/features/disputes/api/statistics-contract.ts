import { z } from 'zod';
import { reasonCodeSchema } from './contract';

/*
 * `GET /litiges/statistiques`: the dispute figures of the last 3, 6 or 12 months, computed by the
 * server. The client parses the answer with these schemas, the mock handler reads the query and
 * builds the answer with the same ones. Amounts are integer cents of euro; days are Paris days.
 *
 * The period is the current Paris month and the months before it (`periode=6` on 26 November:
 * 1 June to 26 November). Every figure is about the cases *opened* in it, in their state today.
 */

export const STATISTICS_PERIODS = [3, 6, 12] as const;
export type StatisticsPeriod = (typeof STATISTICS_PERIODS)[number];
export const DEFAULT_STATISTICS_PERIOD: StatisticsPeriod = 6;

/** How many reasons the answer ranks. */
export const TOP_REASONS_COUNT = 5;

const periodByParam = { '3': 3, '6': 6, '12': 12 } as const satisfies Record<
  string,
  StatisticsPeriod
>;

export const statisticsQuerySchema = z.object({
  // A query parameter is text: « 3 », « 6 » or « 12 »; an empty one means the default.
  periode: z
    .preprocess(
      (value) => (value === '' ? undefined : value),
      z.enum(['3', '6', '12'], { error: 'disputes-statistics:errors.invalidPeriod' }).default('6'),
    )
    .transform((value) => periodByParam[value]),
});
export type StatisticsQuery = z.infer<typeof statisticsQuerySchema>;

/** Lenient reading for the address bar: an unknown period falls back to the default one. */
export function readStatisticsPeriod(params: URLSearchParams): StatisticsPeriod {
  const result = statisticsQuerySchema.safeParse({ periode: params.get('periode') ?? undefined });
  return result.success ? result.data.periode : DEFAULT_STATISTICS_PERIOD;
}

const countSchema = z.int().nonnegative();
const centsSchema = z.int().nonnegative();

export const disputeStatisticsSchema = z.object({
  periode: z.literal(STATISTICS_PERIODS),
  /** First day of the period (the 1st of its first month) and its last day (today), Paris days. */
  du: z.iso.date(),
  au: z.iso.date(),
  dossiers: z.object({
    ouverts: countSchema,
    /** Accepted by the merchant. */
    acceptes: countSchema,
    /** Contested by the merchant, whatever the outcome (under review, won or lost). */
    contestes: countSchema,
    /** Contested and closed in the merchant's favour. */
    gagnes: countSchema,
    /** Contested and closed in the card member's favour. */
    perdus: countSchema,
    /** Closed without an answer before the deadline. */
    expires: countSchema,
  }),
  /** `gagnes / (gagnes + perdus)`, from 0 to 1; null while no contested case is decided. */
  tauxReussite: z.number().min(0).max(1).nullable(),
  montants: z.object({
    /** Disputed amount of every case opened in the period. */
    enJeu: centsSchema,
    /** Of the cases won. */
    recupere: centsSchema,
    /** Of the cases lost, accepted or expired. */
    perdu: centsSchema,
  }),
  /** The most frequent reason codes, most frequent first (ties by code), at most five. */
  motifs: z
    .array(z.object({ code: reasonCodeSchema, dossiers: countSchema }))
    .max(TOP_REASONS_COUNT),
  /** Cases opened in each month of the period, oldest first; `mois` is "YYYY-MM". */
  parMois: z.array(
    z.object({
      mois: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
      ouverts: countSchema,
    }),
  ),
});
export type DisputeStatistics = z.infer<typeof disputeStatisticsSchema>;
