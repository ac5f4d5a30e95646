import { describe, expect, it } from 'vitest';
import {
  formatIban,
  getFrenchIbanError,
  isValidFrenchIban,
  isValidIban,
  normalizeIban,
} from './iban';
import { ibanSchema } from './iban-schema';

const demoIbans = [
  'FR76 3000 4008 2000 0123 4560 104',
  'FR76 1027 8060 2100 0201 2340 135',
  'FR76 3000 6000 0112 3456 7890 189',
  'FR14 2004 1010 0505 0001 3M02 606',
];

describe('normalizeIban', () => {
  it.each([
    ['FR76 3000 4008 2000 0123 4560 104', 'FR7630004008200001234560104'],
    ['  fr14 2004 1010 0505 0001 3m02 606 ', 'FR1420041010050500013M02606'],
    ['FR76\t3000\u00a04008\n2000', 'FR76300040082000'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeIban(input)).toBe(expected);
  });
});

describe('isValidIban (any country)', () => {
  it.each<[string, boolean]>([
    ...demoIbans.map((iban): [string, boolean] => [iban, true]),
    ['DE89370400440532013000', true],
    ['de89 3704 0044 0532 0130 00', true],
    ['GB82WEST12345698765432', true],
    ['BE68539007547034', true],
    ['DE88370400440532013000', false],
    ['FR7730004008200001234560104', false],
    ['FR7630004008200001234560105', false],
    ['FR7630004008200001234560140', false],
    ['FR76', false],
    ['FR76-3000-4008-2000-0123-4560-104', false],
    ['', false],
  ])('%j → %s', (iban, expected) => {
    expect(isValidIban(iban)).toBe(expected);
  });
});

describe('formatIban', () => {
  it.each([
    ['FR7630004008200001234560104', 'FR76 3000 4008 2000 0123 4560 104'],
    ['fr1420041010050500013m02606', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['FR76 3000 4008', 'FR76 3000 4008'],
    ['DE89370400440532013000', 'DE89 3704 0044 0532 0130 00'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(formatIban(input)).toBe(expected);
  });
});

describe('French IBAN field', () => {
  it.each(demoIbans)('accepts the demo IBAN %j', (iban) => {
    expect(getFrenchIbanError(iban)).toBeNull();
    expect(isValidFrenchIban(iban)).toBe(true);
    expect(ibanSchema.parse(iban)).toBe(normalizeIban(iban));
  });

  it.each([
    ['fr76 3000 4008 2000 0123 4560 104', 'FR7630004008200001234560104'],
    [' FR7610278060210002012340135 ', 'FR7610278060210002012340135'],
    ['fr14 2004 1010 0505 0001 3m02 606', 'FR1420041010050500013M02606'],
  ])('normalizes %j to %j', (input, expected) => {
    expect(ibanSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['DE89370400440532013000', 'country'],
    ['GB82 WEST 1234 5698 7654 32', 'country'],
    ['30004008200001234560104', 'country'],
    ['FR76-3000-4008-2000-0123-4560-104', 'characters'],
    ['FR76 3000 4008 2000 0123 4560 10', 'length'],
    ['FR76 3000 4008 2000 0123 4560 1040', 'length'],
    ['FR77 3000 4008 2000 0123 4560 104', 'checksum'],
    ['FR76 3000 4008 2000 0123 4560 105', 'checksum'],
    ['FR76 3000 4008 2000 0123 4560 140', 'checksum'],
    ['FRAB 3000 4008 2000 0123 4560 104', 'checksum'],
  ] as const)('rejects %j with %s', (input, code) => {
    expect(getFrenchIbanError(input)).toBe(code);
    expect(ibanSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([
      `validation:iban.${code}`,
    ]);
  });
});
