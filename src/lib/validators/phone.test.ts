import { describe, expect, it } from 'vitest';
import { formatFrenchPhone, isValidFrenchPhone, normalizeFrenchPhone, phoneSchema } from './phone';

describe('normalizeFrenchPhone', () => {
  it.each([
    ['0612345678', '+33612345678'],
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33612345678', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['+33 06 12 34 56 78', '+33612345678'],
    ['  07 98 76 54 32 ', '+33798765432'],
    ['01 47 77 75 75', '+33147777575'],
    ['02 99 00 00 00', '+33299000000'],
    ['03 20 00 00 00', '+33320000000'],
    ['04 91 00 00 00', '+33491000000'],
    ['05 61 00 00 00', '+33561000000'],
    ['09 72 00 00 00', '+33972000000'],
    ['06\u00a012\u00a034\u00a056\u00a078', '+33612345678'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeFrenchPhone(input)).toBe(expected);
    expect(isValidFrenchPhone(input)).toBe(true);
  });

  it.each([
    '',
    '061234567',
    '06123456789',
    '6 12 34 56 78',
    '08 00 00 00 00',
    '00 12 34 56 78',
    '+44 20 7946 0958',
    '+32 470 12 34 56',
    '+33 8 00 00 00 00',
    '06 12 34 56 7a',
    '06/12/34/56/78',
    '+336123456789',
  ])('refuses %j', (input) => {
    expect(normalizeFrenchPhone(input)).toBeNull();
    expect(isValidFrenchPhone(input)).toBe(false);
  });
});

describe('formatFrenchPhone', () => {
  it.each([
    ['+33147777575', '01 47 77 75 75'],
    ['+33612345678', '06 12 34 56 78'],
    ['0033972000000', '09 72 00 00 00'],
    ['06.12.34.56.78', '06 12 34 56 78'],
    ['+44 20 7946 0958', '+44 20 7946 0958'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(formatFrenchPhone(input)).toBe(expected);
  });
});

describe('phoneSchema', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['   ', undefined],
    ['06 12 34 56 78', '+33612345678'],
    ['+33 1 47 77 75 75', '+33147777575'],
  ])('parses %j to %j', (input, expected) => {
    expect(phoneSchema.parse(input)).toBe(expected);
  });

  it.each(['12345', '08 00 00 00 00', '+44 20 7946 0958', 42])('rejects %j', (input) => {
    expect(phoneSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([
      'validation:phone.format',
    ]);
  });
});
