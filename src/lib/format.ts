/** Formats follow the active language; times are always Paris time, where the network works. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

/** The Intl locale of an app language: French as written in France, English as in Britain. */
export function intlLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'fr-FR';
}

const locale = intlLocale;

/**
 * A wall-clock time, "09:00", as the language writes it: French typography writes « 9 h 00 »,
 * with no-break spaces; English « 09:00 ».
 */
export function formatWallClock(hhMm: string, language: string): string {
  const [hour = '0', minute = '00'] = hhMm.split(':');
  return language.startsWith('en')
    ? `${hour.padStart(2, '0')}:${minute}`
    : `${String(Number(hour))}\u00a0h\u00a0${minute}`;
}

/** An instant's time of day in Paris: « 9 h 05 », « 09:05 ». */
export function formatTime(value: Date | string, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: PARIS_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '';
  return formatWallClock(`${hour}:${minute}`, language);
}

/** An instant's day in Paris, written out: « mardi 1 décembre », « Tuesday 1 December ». */
export function formatLongDay(value: Date | string, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: PARIS_TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  }).format(date);
}

// A Monday at noon UTC: ISO weekday n is this date plus n - 1 days, on the same day everywhere.
const A_MONDAY = Date.UTC(2026, 0, 5, 12);

/** An ISO weekday (1 = Monday) by its name: « lundi », « Monday ». */
export function formatWeekday(isoWeekday: number, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(A_MONDAY + (isoWeekday - 1) * 86_400_000),
  );
}

export function formatDate(value: Date | string, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: PARIS_TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

export function formatAmount(cents: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

/** A count as the language writes it: « 1 204 » (narrow no-break space), « 1,204 ». */
export function formatNumber(
  value: number,
  language: string,
  options?: Intl.NumberFormatOptions,
): string {
  return new Intl.NumberFormat(locale(language), options).format(value);
}
