import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMON_PASSWORDS } from './common-passwords';
import { identifiantSchema } from './identifiant';
import {
  getPasswordError,
  isCommonPassword,
  passwordContainsIdentifiant,
  passwordSchema,
  passwordStrength,
  passwordStrengthHintKey,
  passwordStrengthLabelKey,
  refinePasswordAgainstIdentifiant,
  type PasswordScore,
} from './password';

const messages = (result: { error?: z.ZodError }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('passwordSchema', () => {
  it.each([
    'Litiges-Demo-2026',
    'Activer-Demo-2026',
    'correct horse battery staple',
    '  leading and trailing spaces  ',
    'émeraude à la plage ☀️',
    '🐈🐈‍⬛ chats noirs et gris',
    'x'.repeat(128),
    'Zq8!vN2@pL5#',
  ])('accepts %j unchanged', (password) => {
    expect(passwordSchema.parse(password)).toBe(password);
  });

  it.each([
    ['', 'required'],
    ['Court-2026', 'tooShort'],
    ['Tr0ub4dor&3', 'tooShort'],
    ['🐈🐈🐈🐈🐈🐈🐈🐈🐈🐈🐈', 'tooShort'],
    ['x'.repeat(129), 'tooLong'],
    ['motdepasse123', 'common'],
    ['AZERTYUIOP123', 'common'],
    ['123456789012', 'common'],
    ['Soleil123456', 'common'],
    ['jetaime123456', 'common'],
    ['Password1234', 'common'],
    ['qwertyuiop12', 'common'],
    ['Bonjour2024!!!', 'common'],
    ['Marseille 13013 !', 'common'],
    ['Trésor-2026!!', 'common'],
    ['Mot de passe 2024', 'common'],
    ['            ', 'common'],
  ] as const)('rejects %j with %s', (password, code) => {
    expect(getPasswordError(password)).toBe(code);
    expect(messages(passwordSchema.safeParse(password))).toEqual([
      ['', `validation:password.${code}`],
    ]);
  });

  it('reports a missing value as required', () => {
    expect(messages(passwordSchema.safeParse(undefined))).toEqual([
      ['', 'validation:password.required'],
    ]);
  });
});

describe('isCommonPassword', () => {
  it.each([
    ['motdepasse123', true],
    ['MOTDEPASSE123', true],
    ['azertyuiop123', true],
    ['soleil123456', true],
    ['Soleil2024?!', true],
    ['123456789012', true],
    ['password', true],
    ['qwertyuiop12', true],
    ['2024soleil', false],
    ['soleil-de-minuit', false],
    ['Litiges-Demo-2026', false],
    ['982734659812', false],
  ])('%j → %s', (password, expected) => {
    expect(isCommonPassword(password)).toBe(expected);
  });
});

describe('passwordContainsIdentifiant', () => {
  it.each([
    ['Marie.Durand-2026', 'marie.durand', true],
    ['secret-MARIE.DURAND', ' marie.durand ', true],
    ['les-abc-de-la-vie', 'abc', true],
    ['les-ab-de-la-vie', 'ab', false],
    ['marie-durand-2026', 'marie.durand', false],
    ['Litiges-Demo-2026', 'marie.durand', false],
    ['anything at all', '', false],
  ])('%j contains %j → %s', (password, identifiant, expected) => {
    expect(passwordContainsIdentifiant(password, identifiant)).toBe(expected);
  });

  it.each([
    ['Marie.Durand-2026', 'marie.durand', 'containsIdentifiant'],
    ['Litiges-Demo-2026', 'marie.durand', null],
    ['paul.l-75', 'paul.l', 'tooShort'],
  ] as const)('getPasswordError(%j, %j) → %s', (password, identifiant, code) => {
    expect(getPasswordError(password, identifiant)).toBe(code);
  });
});

describe('refinePasswordAgainstIdentifiant', () => {
  const credentials = z
    .object({ identifiant: identifiantSchema, password: passwordSchema })
    .superRefine(refinePasswordAgainstIdentifiant);

  it.each([
    [{ identifiant: 'marie.durand', password: 'Litiges-Demo-2026' }, undefined],
    [
      { identifiant: ' marie.durand ', password: 'Bonjour MARIE.DURAND' },
      [['password', 'validation:password.containsIdentifiant']],
    ],
    [
      { identifiant: 'paul.l', password: 'paul.l-75' },
      [['password', 'validation:password.tooShort']],
    ],
    [
      { identifiant: 'marie', password: 'marie-et-ses-chats' },
      [
        ['identifiant', 'validation:identifiant.length'],
        ['password', 'validation:password.containsIdentifiant'],
      ],
    ],
  ])('%j → %j', (input, expected) => {
    expect(messages(credentials.safeParse(input))).toEqual(expected);
  });
});

describe('passwordStrength', () => {
  it.each([
    ['', 0],
    ['motdepasse123', 0],
    ['Password1234', 0],
    ['aaaaaaaaaaaa', 0],
    ['abcdefghijklmnop', 0],
    ['abcabcabcabcabc', 0],
    ['98765432109876', 0],
    ['Tr0ub4dor&3', 1],
    ['839201746512', 1],
    ['maison bleue', 2],
    ['kdjfhgqpwoer', 2],
    ['Kdjfhgqpwoer', 3],
    ['Zq8!vN2@pL5#', 3],
    ['Zq8!vN2@pL5#rT', 4],
    ['Litiges-Demo-2026', 4],
    ['correct horse battery staple', 4],
  ] as const)('%j scores %i', (password, score) => {
    expect(passwordStrength(password)).toEqual({ score });
  });

  it('never scores a password under 12 characters above 1', () => {
    expect(passwordStrength('Zq8!vN2@pL5').score).toBe(1);
  });

  it('rates a longer password at least as high as its prefix', () => {
    const password = 'Le chat de Marie dort sur le piano du salon';
    const scores = Array.from(
      { length: password.length },
      (_, end) => passwordStrength(password.slice(0, end + 1)).score,
    );
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.at(-1)).toBe(4);
  });

  it.each([0, 1, 2, 3, 4] satisfies PasswordScore[])('gives i18n keys for score %i', (score) => {
    expect(passwordStrengthLabelKey(score)).toBe(`validation:password.strength.${score}`);
    expect(passwordStrengthHintKey(score)).toBe(`validation:password.strengthHint.${score}`);
  });
});

describe('common password list', () => {
  it.each([
    'motdepasse123',
    'azertyuiop123',
    '123456789012',
    'soleil123456',
    'jetaime123456',
    'password1234',
    'qwertyuiop12',
  ])('holds %j', (entry) => {
    expect(COMMON_PASSWORDS.has(entry)).toBe(true);
  });

  it('holds a few hundred lower-case ASCII entries without spaces', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(300);
    const malformed = [...COMMON_PASSWORDS].filter((entry) => !/^[a-z0-9@$]+$/.test(entry));
    expect(malformed).toEqual([]);
  });
});
