import { PARIS_TIME_ZONE } from '@/lib/format';

export type ReopeningDay =
  | { kind: 'today' }
  | { kind: 'tomorrow' }
  /** Within the coming week: the weekday names it without ambiguity. */
  | { kind: 'weekday'; weekday: number }
  | { kind: 'date' };

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: PARIS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Days between two instants' calendar dates in Paris (not a count of 24 h). */
function parisDaysBetween(from: Date, to: Date): number {
  const day = (instant: Date) => Date.parse(`${parisDay.format(instant)}T00:00:00Z`);
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** ISO weekday (1 = lundi) of an instant in Paris. */
export function parisWeekday(instant: Date): number {
  const date = new Date(`${parisDay.format(instant)}T00:00:00Z`);
  return date.getUTCDay() === 0 ? 7 : date.getUTCDay();
}

/** How to name the day of `next`, seen from the server's `now`: « demain », « lundi » … */
export function reopeningDay(now: string, next: string): ReopeningDay {
  const nowDate = new Date(now);
  const nextDate = new Date(next);
  const days = parisDaysBetween(nowDate, nextDate);
  if (days <= 0) return { kind: 'today' };
  if (days === 1) return { kind: 'tomorrow' };
  if (days < 7) return { kind: 'weekday', weekday: parisWeekday(nextDate) };
  return { kind: 'date' };
}
