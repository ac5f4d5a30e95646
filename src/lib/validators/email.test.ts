import { describe, expect, it } from 'vitest';
import { emailSchema, getEmailError, isValidEmail, normalizeEmail } from './email';

const longLocal = 'a'.repeat(64);
const longDomain = `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.fr`;

describe('normalizeEmail', () => {
  it.each([
    ['  marie.durand@exemple.fr ', 'marie.durand@exemple.fr'],
    ['Marie.Durand@Boulangerie-Durand.FR', 'Marie.Durand@boulangerie-durand.fr'],
    ['sans-arobase', 'sans-arobase'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});

describe('emailSchema', () => {
  it.each([
    ['marie.durand@exemple.fr', 'marie.durand@exemple.fr'],
    [' Contact@Librairie-Lefebvre.FR ', 'Contact@librairie-lefebvre.fr'],
    ['compta+litiges@cafe-des-arts.paris', 'compta+litiges@cafe-des-arts.paris'],
    ['p.dubois@mail.fromagerie.co.uk', 'p.dubois@mail.fromagerie.co.uk'],
  ])('accepts %j as %j', (input, expected) => {
    expect(isValidEmail(input)).toBe(true);
    expect(emailSchema.parse(input)).toBe(expected);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['marie.durand', 'format'],
    ['marie.durand@', 'format'],
    ['@exemple.fr', 'format'],
    ['marie durand@exemple.fr', 'format'],
    ['marie@@exemple.fr', 'format'],
    ['marie@exemple', 'format'],
    ['marie..durand@exemple.fr', 'format'],
    [`${longLocal}@${longDomain}`, 'tooLong'],
  ] as const)('rejects %j with %s', (input, code) => {
    expect(getEmailError(input)).toBe(code);
    expect(emailSchema.safeParse(input).error?.issues.map((issue) => issue.message)).toEqual([
      `validation:email.${code}`,
    ]);
  });

  it('checks the length limit on 254 characters exactly', () => {
    const domain = 'exemple.fr';
    const local = 'a'.repeat(254 - domain.length - 1);
    expect(getEmailError(`${local}@${domain}`)).not.toBe('tooLong');
    expect(getEmailError(`a${local}@${domain}`)).toBe('tooLong');
  });
});
