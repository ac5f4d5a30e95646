import { describe, expect, it } from 'vitest';
import {
  addDaysYmd,
  parisLocalToInstant,
  parisOffsetMs,
  parisParts,
  toParisIso,
} from './paris-time';

// Every instant below is written in UTC ("…Z") so the machine's TZ never matters.
describe('parisParts', () => {
  it.each([
    [
      'winter, +01:00',
      '2026-12-02T09:00:00Z',
      { year: 2026, month: 12, day: 2, hour: 10, minute: 0, second: 0, weekday: 3 },
    ],
    [
      'summer, +02:00',
      '2026-07-14T07:00:00Z',
      { year: 2026, month: 7, day: 14, hour: 9, minute: 0, second: 0, weekday: 2 },
    ],
    [
      'UTC evening is already next day in Paris',
      '2026-12-31T23:30:00Z',
      { year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0, weekday: 5 },
    ],
    [
      'midnight prints as 0, not 24',
      '2026-06-12T22:00:00Z',
      { year: 2026, month: 6, day: 13, hour: 0, minute: 0, second: 0, weekday: 6 },
    ],
    [
      'Sunday is 7',
      '2026-03-29T10:00:00Z',
      { year: 2026, month: 3, day: 29, hour: 12, minute: 0, second: 0, weekday: 7 },
    ],
    [
      'seconds are kept',
      '2026-12-07T08:59:59.999Z',
      { year: 2026, month: 12, day: 7, hour: 9, minute: 59, second: 59, weekday: 1 },
    ],
  ])('%s', (_label, iso, expected) => {
    expect(parisParts(new Date(iso))).toEqual(expected);
  });

  it('rejects an invalid Date', () => {
    expect(() => parisParts(new Date('nope'))).toThrow(/Invalid Date/);
  });
});

describe('parisLocalToInstant', () => {
  it.each([
    ['winter', '2026-12-02T10:00', '2026-12-02T09:00:00.000Z'],
    ['summer', '2026-07-14T09:00', '2026-07-14T07:00:00.000Z'],
    ['with seconds', '2026-12-02T10:00:30', '2026-12-02T09:00:30.000Z'],
    ['midnight', '2027-01-01T00:00', '2026-12-31T23:00:00.000Z'],
    ['just before spring forward', '2026-03-29T01:59:59', '2026-03-29T00:59:59.000Z'],
    [
      'spring-forward gap → first valid instant (03:00 CEST)',
      '2026-03-29T02:30',
      '2026-03-29T01:00:00.000Z',
    ],
    ['start of the gap → same instant', '2026-03-29T02:00', '2026-03-29T01:00:00.000Z'],
    ['right after the gap', '2026-03-29T03:00', '2026-03-29T01:00:00.000Z'],
    ['autumn overlap → first occurrence (CEST)', '2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    ['autumn overlap starts at 02:00 CEST', '2026-10-25T02:00', '2026-10-25T00:00:00.000Z'],
    ['after the overlap', '2026-10-25T03:00', '2026-10-25T02:00:00.000Z'],
    ['leap day', '2028-02-29T12:00', '2028-02-29T11:00:00.000Z'],
  ])('%s: %s', (_label, local, expectedUtc) => {
    expect(parisLocalToInstant(local).toISOString()).toBe(expectedUtc);
  });

  it.each([
    '',
    '2026-12-02',
    '2026-12-02 10:00',
    '2026-12-02T10',
    '2026-12-02T10:00Z',
    '2026-12-02T10:00+01:00',
    '2026-12-02T10:00:00.000',
    '26-12-02T10:00',
    '2026-13-01T10:00',
    '2026-00-10T10:00',
    '2026-02-29T10:00',
    '2026-04-31T10:00',
    '2026-12-00T10:00',
    '2026-12-02T24:00',
    '2026-12-02T10:60',
    '2026-12-02T10:00:60',
  ])('rejects %j', (bad) => {
    expect(() => parisLocalToInstant(bad)).toThrow(/Invalid Paris local date-time/);
  });

  it('round-trips every hour of 2026 except the repeated autumn hour', () => {
    const start = Date.UTC(2025, 11, 31, 23);
    for (let t = start; t < Date.UTC(2026, 11, 31, 23); t += 3_600_000) {
      if (t === Date.UTC(2026, 9, 25, 1)) continue; // 02:00 CET, the second occurrence
      const p = parisParts(new Date(t));
      const local = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}T${String(p.hour).padStart(2, '0')}:00`;
      expect(parisLocalToInstant(local).getTime(), local).toBe(t);
    }
  });
});

describe('toParisIso / parisOffsetMs', () => {
  it.each([
    ['winter is +01:00', '2026-12-07T08:00:00Z', '2026-12-07T09:00:00+01:00'],
    ['summer is +02:00', '2026-07-15T07:00:00Z', '2026-07-15T09:00:00+02:00'],
    ['last instant of winter time', '2026-03-29T00:59:59Z', '2026-03-29T01:59:59+01:00'],
    ['first instant of summer time', '2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'],
    ['02:30, first occurrence', '2026-10-25T00:30:00Z', '2026-10-25T02:30:00+02:00'],
    ['02:30, second occurrence', '2026-10-25T01:30:00Z', '2026-10-25T02:30:00+01:00'],
    ['milliseconds are truncated', '2026-12-07T08:00:00.999Z', '2026-12-07T09:00:00+01:00'],
  ])('%s', (_label, utc, expected) => {
    expect(toParisIso(new Date(utc))).toBe(expected);
  });

  it('reports the offset in milliseconds, even for instants with milliseconds', () => {
    expect(parisOffsetMs(new Date('2026-01-15T12:00:00.500Z'))).toBe(3_600_000);
    expect(parisOffsetMs(Date.parse('2026-08-15T12:00:00.250Z'))).toBe(7_200_000);
  });
});

describe('addDaysYmd', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-28', 2, '2026-03-30'], // across the DST night: pure calendar arithmetic
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s %+d → %s', (from, days, expected) => {
    expect(addDaysYmd(from, days)).toBe(expected);
  });
});
