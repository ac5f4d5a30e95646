import { describe, expect, it } from 'vitest';
import { formatSiret, getSiretError, isValidSiret, normalizeSiret } from './siret';
import { siretSchema } from './siret-schema';

const demoSirets = ['81234567600017', '79876543400013', '73282932000074', '44306184100047'];

describe('normalizeSiret', () => {
  it.each([
    ['732 829 320 00074', '73282932000074'],
    [' 732829320 00074 ', '73282932000074'],
    ['732\u00a0829\u00a0320\u00a000074', '73282932000074'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSiret(input)).toBe(expected);
  });
});

describe('isValidSiret', () => {
  it.each(demoSirets)('accepts the demo SIRET %s', (siret) => {
    expect(isValidSiret(siret)).toBe(true);
  });

  it.each([
    ['732 829 320 00074', true],
    ['73282932000075', false],
    ['73282932000047', false],
    ['81234567600018', false],
    ['7328293200007', false],
    ['732829320000740', false],
    ['7328293200007A', false],
    ['', false],
  ])('%j → %s', (siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });

  it.each([
    ['35600000000001', true],
    ['35600000000010', true],
    ['356 000 000 49837', true],
    ['35600000000048', true],
    ['35600000000002', false],
    ['35600000000011', false],
    ['35600000049838', false],
  ])('applies the La Poste rule to %j → %s', (siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });

  it.each(['35600000100005', '73282932000072'])(
    'does not apply the digit-sum rule to %s, whose SIREN is not La Poste',
    (siret) => {
      expect(isValidSiret(siret)).toBe(false);
    },
  );
});

describe('formatSiret', () => {
  it.each([
    ['73282932000074', '732 829 320 00074'],
    ['732 82932000074', '732 829 320 00074'],
    ['7328293', '7328293'],
    ['abc', 'abc'],
  ])('%j → %j', (input, expected) => {
    expect(formatSiret(input)).toBe(expected);
  });
});

describe('siretSchema', () => {
  it.each(demoSirets.map((siret) => [formatSiret(siret), siret]))(
    'parses %j to %j',
    (input, expected) => {
      expect(siretSchema.parse(input)).toBe(expected);
    },
  );

  it.each([
    ['', 'required'],
    ['  ', 'required'],
    ['732 829 320', 'length'],
    ['732 829 320 0007A', 'length'],
    ['732 829 320 00075', 'checksum'],
    ['356 000 000 00002', 'checksum'],
  ] as const)('rejects %j with %s', (input, code) => {
    expect(getSiretError(input)).toBe(code);
    expect(siretSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([
      `validation:siret.${code}`,
    ]);
  });
});
