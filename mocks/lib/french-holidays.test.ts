import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHolidays, isFrenchPublicHoliday } from './french-holidays';

describe('easterSunday', () => {
  it.each([
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('%i → %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it.each([2026.5, 1582, 10000, Number.NaN])('rejects year %s', (year) => {
    expect(() => easterSunday(year)).toThrow(RangeError);
  });
});

describe('frenchPublicHolidays', () => {
  it('lists the 11 metropolitan holidays of 2026, sorted, with French names', () => {
    expect(frenchPublicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Jour de l’An' },
      { date: '2026-04-06', name: 'Lundi de Pâques' },
      { date: '2026-05-01', name: 'Fête du Travail' },
      { date: '2026-05-08', name: 'Victoire 1945' },
      { date: '2026-05-14', name: 'Ascension' },
      { date: '2026-05-25', name: 'Lundi de Pentecôte' },
      { date: '2026-07-14', name: 'Fête nationale' },
      { date: '2026-08-15', name: 'Assomption' },
      { date: '2026-11-01', name: 'Toussaint' },
      { date: '2026-11-11', name: 'Armistice 1918' },
      { date: '2026-12-25', name: 'Noël' },
    ]);
  });

  it.each([
    [2026, 'Lundi de Pâques', '2026-04-06'],
    [2027, 'Lundi de Pâques', '2027-03-29'],
    [2026, 'Ascension', '2026-05-14'],
    [2027, 'Ascension', '2027-05-06'],
    [2026, 'Lundi de Pentecôte', '2026-05-25'],
    [2027, 'Lundi de Pentecôte', '2027-05-17'],
  ])('%i: %s is %s', (year, name, date) => {
    expect(frenchPublicHolidays(year).find((h) => h.name === name)?.date).toBe(date);
  });

  it('keeps both holidays when Ascension falls on 1 May (2008)', () => {
    const list = frenchPublicHolidays(2008);
    expect(list).toHaveLength(11);
    expect(list.filter((h) => h.date === '2008-05-01').map((h) => h.name)).toEqual([
      'Fête du Travail',
      'Ascension',
    ]);
  });
});

describe('isFrenchPublicHoliday', () => {
  it.each([
    ['2026-07-14', true],
    ['2026-04-06', true],
    ['2027-03-29', true],
    ['2026-05-25', true],
    ['2026-05-14', true],
    ['2027-05-06', true],
    ['2027-05-13', false], // a plain Thursday, one week after Ascension 2027
    ['2026-04-05', false], // Easter Sunday itself is not a holiday (it's a Sunday anyway)
    ['2026-05-24', false], // nor is Pentecost Sunday
    ['2026-12-24', false],
    ['2026-12-26', false], // Saint-Étienne: Alsace-Moselle only
    ['2026-04-03', false], // Vendredi saint: Alsace-Moselle only
  ])('%s → %s', (date, expected) => {
    expect(isFrenchPublicHoliday(date)).toBe(expected);
  });

  it.each(['2026-7-14', '14/07/2026', '2026-07-14T00:00', '2026-02-30', '2026-13-01', ''])(
    'rejects %j',
    (bad) => {
      expect(() => isFrenchPublicHoliday(bad)).toThrow(/Invalid date/);
    },
  );
});
