/** Europe/Paris wall-clock helpers, built on Intl only (no date library). */

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = lundi … 7 = dimanche. */
  weekday: IsoWeekday;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

// Building a DateTimeFormat is costly; one shared instance is enough.
const parisFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Milliseconds of a calendar date-time read as if it were UTC (setUTCFullYear keeps years < 100 literal). */
export function utcMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** ISO weekday of a calendar date, independent of any time zone. */
export function isoWeekday(year: number, month: number, day: number): IsoWeekday {
  const sundayFirst = new Date(utcMs(year, month, day)).getUTCDay();
  return (sundayFirst === 0 ? 7 : sundayFirst) as IsoWeekday;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month + 1, 0)).getUTCDate();
}

function assertValidDate(instant: Date): void {
  if (Number.isNaN(instant.getTime()))
    throw new RangeError('Invalid Date passed to a Paris time helper');
}

export function parisParts(instant: Date): ParisParts {
  assertValidDate(instant);
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of parisFormat.formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const { year, month, day, minute, second } = values;
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    values.hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    throw new Error('Intl.DateTimeFormat returned incomplete parts for Europe/Paris');
  }
  // Some engines print midnight as "24" even with h23.
  const hour = values.hour % 24;
  return { year, month, day, hour, minute, second, weekday: isoWeekday(year, month, day) };
}

/** Paris UTC offset at `instant`, in milliseconds (e.g. +3 600 000 in winter). */
export function parisOffsetMs(instant: Date | number): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const p = parisParts(new Date(ms));
  // Intl drops milliseconds, so compare against the instant truncated to the second.
  const truncated = ms - (((ms % 1000) + 1000) % 1000);
  return utcMs(p.year, p.month, p.day, p.hour, p.minute, p.second) - truncated;
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function parseLocal(local: string): number {
  const m = LOCAL_PATTERN.exec(local);
  const fail = (): never => {
    throw new Error(
      `Invalid Paris local date-time "${local}": expected YYYY-MM-DDTHH:mm or YYYY-MM-DDTHH:mm:ss`,
    );
  };
  if (!m) return fail();
  // Seconds are optional; a missing group reads as 0.
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(m[i] ?? '0'),
  ) as [number, number, number, number, number, number];
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return fail();
  }
  return utcMs(year, month, day, hour, minute, second);
}

/**
 * The instant whose Paris wall-clock reads `local`.
 * Spring-forward gap → the first instant after the gap (the transition itself);
 * autumn overlap → the first (summer-time) occurrence.
 */
export function parisLocalToInstant(local: string): Date {
  const wall = parseLocal(local);
  // Paris changes offset at most once in any two-day window, so these cover every candidate.
  const offsets = new Set(
    [wall - MS_PER_DAY, wall, wall + MS_PER_DAY].map((t) => parisOffsetMs(t)),
  );
  const matches = [...offsets].map((o) => wall - o).filter((t) => parisOffsetMs(t) === wall - t);
  if (matches.length > 0) return new Date(Math.min(...matches));

  // In a gap: binary-search the first instant whose wall-clock is at or after `wall`.
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + parisOffsetMs(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "YYYY-MM-DD" of a calendar date. */
export function formatYmd(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Calendar arithmetic on "YYYY-MM-DD" strings (no time zone involved). */
export function addDaysYmd(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  const t = new Date(utcMs(y, m, d) + days * MS_PER_DAY);
  return formatYmd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** ISO 8601 with the Paris offset, to the second: "2026-12-07T09:00:00+01:00". */
export function toParisIso(instant: Date): string {
  const p = parisParts(instant);
  const offsetMinutes = Math.round(parisOffsetMs(instant) / MS_PER_MINUTE);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${formatYmd(p.year, p.month, p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
