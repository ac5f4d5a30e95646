import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { loginRequestSchema, sessionSchema } from './contract';
import { parseSession } from './session-guard';

const user = {
  identifiant: 'marie.durand',
  prenom: 'Marie',
  nom: 'Durand',
  email: 'marie.durand@boulangerie-durand.fr',
  etablissement: { raisonSociale: 'Boulangerie Durand', numeroCommercant: '9400000011' },
  gestionLitiges: true,
};
const valid = { user, csrfToken: 'abc', idleTimeoutSeconds: 900, keepAliveId: 'k1' };

const samples: [string, unknown][] = [
  ['a logged-in session', valid],
  ['an anonymous session', { ...valid, user: null }],
  ['extra fields (stripped)', { ...valid, extra: 1, user: { ...user, role: 'x' } }],
  ['no token', { ...valid, csrfToken: undefined }],
  ['a missing user', { csrfToken: 'abc', idleTimeoutSeconds: 900, keepAliveId: 'k1' }],
  ['no keep-alive id', { ...valid, keepAliveId: undefined }],
  ['a numeric keep-alive id', { ...valid, keepAliveId: 1 }],
  ['a zero timeout', { ...valid, idleTimeoutSeconds: 0 }],
  ['a fractional timeout', { ...valid, idleTimeoutSeconds: 1.5 }],
  ['a string timeout', { ...valid, idleTimeoutSeconds: '900' }],
  ['a user without establishment', { ...valid, user: { ...user, etablissement: null } }],
  [
    'a numeric merchant number',
    {
      ...valid,
      user: { ...user, etablissement: { raisonSociale: 'B', numeroCommercant: 9400000011 } },
    },
  ],
  ['a string flag', { ...valid, user: { ...user, gestionLitiges: 'oui' } }],
  ['an array', [valid]],
  ['null', null],
];

describe('parseSession agrees with the zod contract', () => {
  it.each(samples)('%s', (_, sample) => {
    const expected = z.safeParse(sessionSchema, sample);
    if (expected.success) expect(parseSession(sample)).toEqual(expected.data);
    else expect(() => parseSession(sample)).toThrow(TypeError);
  });
});

describe('the login contract the API checks', () => {
  it('trims the identifiant and refuses what the form refuses', () => {
    expect(z.parse(loginRequestSchema, { identifiant: '  marie.durand ', password: 'x' })).toEqual({
      identifiant: 'marie.durand',
      password: 'x',
    });
    expect(
      z.safeParse(loginRequestSchema, { identifiant: 'a'.repeat(33), password: 'x' }).success,
    ).toBe(false);
    expect(
      z.safeParse(loginRequestSchema, { identifiant: 'a', password: 'p'.repeat(129) }).success,
    ).toBe(false);
  });
});
