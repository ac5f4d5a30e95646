import { now } from '../clock';
import { formatYmd, parisParts } from './paris-time';

/** "YYYY-MM-DD": the mock clock's day in Paris, where deadlines are counted. */
export function parisToday(): string {
  const parts = parisParts(new Date(now()));
  return formatYmd(parts.year, parts.month, parts.day);
}
