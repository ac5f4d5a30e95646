import en from '@locales/en/validation.json';
import fr from '@locales/fr/validation.json';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { emailSchema } from './email';
import { ibanSchema } from './iban-schema';
import { identifiantSchema } from './identifiant';
import { merchantNumberSchema } from './merchant-number';
import {
  passwordSchema,
  passwordStrengthHintKey,
  passwordStrengthLabelKey,
  type PasswordScore,
} from './password';
import { firstNameSchema, lastNameSchema } from './person-name';
import { phoneSchema } from './phone';
import { siretSchema } from './siret-schema';
import { loadNamespaces, translate } from '../i18n';

function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const result = new Map<string, unknown>();
  if (typeof node !== 'object' || node === null) {
    result.set(prefix, node);
    return result;
  }
  for (const [key, value] of Object.entries(node)) {
    for (const [path, leaf] of leaves(value, prefix === '' ? key : `${prefix}.${key}`)) {
      result.set(path, leaf);
    }
  }
  return result;
}

const frLeaves = leaves(fr);
const enLeaves = leaves(en);

// One failing input per message, so every key a schema can emit is exercised.
const failingInputs: [z.ZodType, unknown[]][] = [
  [merchantNumberSchema, ['', '123']],
  [siretSchema, ['', '123', '73282932000075']],
  [ibanSchema, ['', 'DE89370400440532013000', 'FR76-3000', 'FR76', 'FR7730004008200001234560104']],
  [identifiantSchema, ['', 'abc', 'marie durand']],
  [passwordSchema, ['', 'court', 'x'.repeat(129), 'motdepasse123']],
  [emailSchema, ['', `${'a'.repeat(250)}@exemple.fr`, 'marie']],
  [phoneSchema, ['12']],
  [firstNameSchema, ['', 'a'.repeat(51), 'R2D2']],
  [lastNameSchema, ['', 'a'.repeat(51), 'R2D2']],
];
const scores: PasswordScore[] = [0, 1, 2, 3, 4];
const emittedKeys = new Set([
  ...failingInputs.flatMap(([schema, inputs]) =>
    inputs.flatMap(
      (input) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [],
    ),
  ),
  'validation:password.containsIdentifiant',
  // Shown beside a password being chosen (PasswordStrength, its hint).
  'validation:password.hint',
  'validation:password.strengthSummary',
  ...scores.flatMap((score) => [passwordStrengthLabelKey(score), passwordStrengthHintKey(score)]),
]);

describe('validation locales', () => {
  it('have the same keys in French and English', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...frLeaves.keys()].sort());
  });

  it.each([...frLeaves.keys()])('has a non-empty text for %s in both languages', (key) => {
    for (const value of [frLeaves.get(key), enLeaves.get(key)]) {
      expect(typeof value).toBe('string');
      expect(String(value).trim()).not.toBe('');
    }
  });

  it('has a French message for every key the validators emit, and no orphan', () => {
    const frKeys = [...frLeaves.keys()].map((key) => `validation:${key}`).sort();
    expect([...emittedKeys].sort()).toEqual(frKeys);
  });

  it.each([...frLeaves.entries()].map(([key, value]) => [key, String(value)]))(
    'French text %s follows French typography',
    (_key, text) => {
      expect(text).not.toMatch(/[^\u00a0][:;!?]/);
      expect(text).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
      expect(text).not.toMatch(/ {2}|\s$|^\s/);
      expect(text).not.toContain("'");
    },
  );

  it('is readable through the app texts with the namespace prefix', async () => {
    await loadNamespaces(['validation'], 'en');
    expect(translate('validation:siret.length')).toBe(
      'Le SIRET doit comporter 14\u00a0chiffres. Exemple\u00a0: 732\u00a0829\u00a0320\u00a000074',
    );
    expect(translate(passwordStrengthLabelKey(0))).toBe('Mot de passe très faible');
    expect(translate(passwordStrengthLabelKey(4), { lng: 'en' })).toBe('Very strong password');
  });
});
