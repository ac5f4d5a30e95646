import { formatDate } from '@/lib/format';
import type { DisputeStatistics } from '../api/statistics-contract';

/** The period's first and last days as the language writes them, for « du … au … ». */
// A type, not an interface: a text takes values (`TOptions`) only from a type with an index signature.
export type PeriodRange = {
  from: string;
  to: string;
};

export function periodRange(stats: Pick<DisputeStatistics, 'du' | 'au'>, language: string) {
  // Noon UTC is the same day in Paris, whatever the season.
  const day = (ymd: string) => formatDate(`${ymd}T12:00:00Z`, language);
  return { from: day(stats.du), to: day(stats.au) } satisfies PeriodRange;
}
