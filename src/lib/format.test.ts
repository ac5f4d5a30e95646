import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatDate,
  formatLongDay,
  formatNumber,
  formatTime,
  formatWallClock,
  formatWeekday,
  intlLocale,
} from './format';

describe('French formats in Paris time', () => {
  it('writes times the French way, in Paris time whatever the machine', () => {
    expect(formatTime('2026-11-26T08:05:00Z', 'fr')).toBe('9\u00a0h\u00a005');
    expect(formatTime('2026-07-14T16:30:00Z', 'fr')).toBe('18\u00a0h\u00a030');
    expect(formatTime('2026-11-26T08:05:00Z', 'en')).toBe('09:05');
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate('2026-11-25T23:30:00Z', 'fr')).toBe('26/11/2026');
  });

  it('writes amounts with a comma and a non-breaking thousands space', () => {
    expect(formatAmount(123456, 'fr').replace(/\s/g, ' ')).toBe('1 234,56 €');
    expect(formatAmount(123456, 'en')).toBe('€1,234.56');
  });
});

describe('one way to write times, days and numbers', () => {
  it('writes wall-clock times the French way', () => {
    expect(formatWallClock('09:00', 'fr')).toBe('9\u00a0h\u00a000');
    expect(formatWallClock('18:30', 'fr')).toBe('18\u00a0h\u00a030');
    expect(formatWallClock('9:00', 'en')).toBe('09:00');
  });

  it('names days in Paris time', () => {
    // 23:30 UTC on 30 November is already Tuesday 1 December in Paris.
    expect(formatLongDay('2026-11-30T23:30:00Z', 'fr')).toBe('mardi 1 décembre');
    expect(formatLongDay('2026-11-30T23:30:00Z', 'en')).toBe('Tuesday 1 December');
    expect(formatWeekday(1, 'fr')).toBe('lundi');
    expect(formatWeekday(7, 'en')).toBe('Sunday');
  });

  it('writes numbers with the language’s separators', () => {
    expect(formatNumber(1204, 'fr')).toBe('1\u202f204');
    expect(formatNumber(49.9, 'fr', { useGrouping: false })).toBe('49,9');
    expect(intlLocale('en')).toBe('en-GB');
  });
});
