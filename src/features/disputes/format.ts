import type { TFunction } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';

/** « 1,2 Mo », « 350 ko »: file sizes as the limits are written (1 Mo = 1 024 ko). */
export function formatFileSize(bytes: number, language: string, t: TFunction): string {
  const number = (value: number, digits: number) =>
    formatNumber(value, language, { maximumFractionDigits: digits });
  if (bytes < 1024) return t('disputes:size.bytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('disputes:size.kilobytes', { value: number(bytes / 1024, 0) });
  return t('disputes:size.megabytes', { value: number(bytes / (1024 * 1024), 1) });
}

/** "2026-11-26" → « 26/11/2026 », without going through a time zone. */
export function frenchDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

// The statistics page's formats live here, not in `lib/format`: the login page loads that one.
export const intlLocale = (language: string) => (language.startsWith('en') ? 'en-GB' : 'fr-FR');

/** A ratio from 0 to 1 as a percentage: « 66,7 % » (no-break space), « 66.7% ». */
export function formatPercent(ratio: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** "2026-06" → « juin 2026 », « June 2026 »: a calendar month, no time zone involved. */
export function formatMonth(yearMonth: string, language: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, 1)));
}
