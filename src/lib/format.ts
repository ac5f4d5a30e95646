/** Formats follow the active language; times are always Paris time, where the network works. */
export const PARIS_TIME_ZONE = 'Europe/Paris';

function locale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'fr-FR';
}

export function formatTime(value: Date | string, language: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = new Intl.DateTimeFormat(locale(language), {
    timeZone: PARIS_TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '';
  // French typography writes « 9 h 00 », with non-breaking spaces, not « 09:00 ».
  return language.startsWith('en')
    ? `${hour.padStart(2, '0')}:${minute}`
    : `${String(Number(hour))}\u00a0h\u00a0${minute}`;
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
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}
