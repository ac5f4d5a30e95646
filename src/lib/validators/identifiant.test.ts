import { describe, expect, it } from 'vitest';
import { getIdentifiantError, identifiantSchema, isValidIdentifiant } from './identifiant';

describe('identifiant', () => {
  it.each([
    ['marie.durand', 'marie.durand'],
    ['paul.lefebvre', 'paul.lefebvre'],
    ['  marie.durand  ', 'marie.durand'],
    ['abc123', 'abc123'],
    ['Jean_Luc-75', 'Jean_Luc-75'],
    ['a'.repeat(32), 'a'.repeat(32)],
    ['......', '......'],
  ])('accepts %j as %j', (input, expected) => {
    expect(isValidIdentifiant(input)).toBe(true);
    expect(identifiantSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'required'],
    ['    ', 'required'],
    ['marie', 'length'],
    ['  abcde  ', 'length'],
    ['a'.repeat(33), 'length'],
    ['marie durand', 'characters'],
    ['hélène.martin', 'characters'],
    ['marie@durand', 'characters'],
    ['marie+durand', 'characters'],
    ['ｍａｒｉｅｄｕｒａｎｄ', 'characters'],
  ] as const)('rejects %j with %s', (input, code) => {
    expect(getIdentifiantError(input)).toBe(code);
    expect(identifiantSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([
      `validation:identifiant.${code}`,
    ]);
  });
});
