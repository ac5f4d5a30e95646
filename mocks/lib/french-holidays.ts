/** Jours fériés of metropolitan France (Alsace-Moselle's extra days are out of scope). */
import { addDaysYmd, daysInMonth, formatYmd } from './paris-time';

export interface PublicHoliday {
  /** "YYYY-MM-DD" */
  date: string;
  name: string;
}

function assertGregorianYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Unsupported year ${year}: expected an integer between 1583 and 9999`);
  }
}

/** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm, as "YYYY-MM-DD". */
export function easterSunday(year: number): string {
  assertGregorianYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatYmd(year, month, day);
}

/** Sorted by date; a date can appear twice (e.g. Ascension on 1 May 2008). */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (mmDd: string, name: string): PublicHoliday => ({ date: `${year}-${mmDd}`, name });
  const holidays: PublicHoliday[] = [
    fixed('01-01', 'Jour de l’An'),
    { date: addDaysYmd(easter, 1), name: 'Lundi de Pâques' },
    fixed('05-01', 'Fête du Travail'),
    fixed('05-08', 'Victoire 1945'),
    { date: addDaysYmd(easter, 39), name: 'Ascension' },
    { date: addDaysYmd(easter, 50), name: 'Lundi de Pentecôte' },
    fixed('07-14', 'Fête nationale'),
    fixed('08-15', 'Assomption'),
    fixed('11-01', 'Toussaint'),
    fixed('11-11', 'Armistice 1918'),
    fixed('12-25', 'Noël'),
  ];
  // Array#sort is stable, so same-day holidays keep their listed order.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const cache = new Map<number, ReadonlySet<string>>();

/** Throws on a malformed or impossible date rather than silently answering false. */
export function isFrenchPublicHoliday(yyyyMmDd: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(yyyyMmDd);
  const [year, month, day] = (m ? m.slice(1).map(Number) : [0, 0, 0]) as [number, number, number];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Invalid date "${yyyyMmDd}": expected YYYY-MM-DD`);
  }
  let dates = cache.get(year);
  if (!dates) {
    dates = new Set(frenchPublicHolidays(year).map((h) => h.date));
    cache.set(year, dates);
  }
  return dates.has(yyyyMmDd);
}
