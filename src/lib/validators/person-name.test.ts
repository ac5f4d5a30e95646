import { describe, expect, it } from 'vitest';
import {
  firstNameSchema,
  getPersonNameError,
  isValidPersonName,
  lastNameSchema,
  normalizePersonName,
} from './person-name';

describe('person names', () => {
  it.each([
    ['Marie', 'Marie'],
    ['  Marie-Hélène  ', 'Marie-Hélène'],
    ['Jean   Luc', 'Jean Luc'],
    ["O'Connor", "O'Connor"],
    ['N’Diaye', 'N’Diaye'],
    ['Le Goff', 'Le Goff'],
    ['Zoë', 'Zoë'],
    ['Ægir', 'Ægir'],
    ['Łukasz', 'Łukasz'],
    ['Ὀδυσσεύς', 'Ὀδυσσεύς'],
    ['E\u0301milie', 'Émilie'],
    ['Y', 'Y'],
    ['é'.repeat(50), 'é'.repeat(50)],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizePersonName(input)).toBe(expected);
    expect(isValidPersonName(input)).toBe(true);
    expect(firstNameSchema.parse(input)).toBe(expected);
    expect(lastNameSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['a'.repeat(51), 'tooLong'],
    ['Marie2', 'characters'],
    ['Marie.', 'characters'],
    ['marie@durand', 'characters'],
    ['Jean_Luc', 'characters'],
    ['<script>', 'characters'],
    ["-'-", 'characters'],
    ['😀', 'characters'],
  ] as const)('rejects %j with %s', (input, code) => {
    expect(getPersonNameError(input)).toBe(code);
    expect(firstNameSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([
      `validation:firstName.${code}`,
    ]);
    expect(lastNameSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([
      `validation:lastName.${code}`,
    ]);
  });
});
