import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { mapSignupError } from './errors';

describe('mapSignupError', () => {
  it.each([
    [
      'an unknown establishment, on step 1',
      new ApiError('http', 422, { code: 'ETABLISSEMENT_INCONNU' }),
      { kind: 'step', step: 'etablissement', code: 'ETABLISSEMENT_INCONNU', fieldErrors: {} },
    ],
    [
      'an establishment already registered, on step 1 whatever step sent it',
      new ApiError('http', 409, { code: 'ETABLISSEMENT_DEJA_INSCRIT' }),
      { kind: 'step', step: 'etablissement', code: 'ETABLISSEMENT_DEJA_INSCRIT', fieldErrors: {} },
    ],
    [
      'a taken identifiant, on its field of step 2',
      new ApiError('http', 409, {
        code: 'IDENTIFIANT_INDISPONIBLE',
        fieldErrors: { 'profil.identifiant': 'signup:profil.errors.identifiantTaken' },
      }),
      {
        kind: 'step',
        step: 'profil',
        code: 'IDENTIFIANT_INDISPONIBLE',
        fieldErrors: { identifiant: 'signup:profil.errors.identifiantTaken' },
      },
    ],
    [
      'validation errors of several steps, on the earliest one',
      new ApiError('http', 400, {
        code: 'VALIDATION',
        fieldErrors: {
          'gestionFinanciere.notifications.autreEmail': 'validation:email.format',
          'etablissement.siret': 'validation:siret.checksum',
        },
      }),
      {
        kind: 'step',
        step: 'etablissement',
        code: 'VALIDATION',
        fieldErrors: { siret: 'validation:siret.checksum' },
      },
    ],
    [
      'a nested field of step 3, by its path in the step',
      new ApiError('http', 400, {
        code: 'VALIDATION',
        fieldErrors: { 'gestionFinanciere.notifications.autreEmail': 'validation:email.format' },
      }),
      {
        kind: 'step',
        step: 'gestionFinanciere',
        code: 'VALIDATION',
        fieldErrors: { 'notifications.autreEmail': 'validation:email.format' },
      },
    ],
  ])('maps %s', (_, error, expected) => {
    expect(mapSignupError(error)).toEqual(expected);
  });

  it.each([
    ['a 500', new ApiError('http', 500, { code: 'ERREUR_SERVEUR' }), 'common:errors.server'],
    ['a network failure', new ApiError('network', 0, null), 'common:errors.network'],
    [
      'a validation error about no step',
      new ApiError('http', 400, { code: 'VALIDATION', fieldErrors: { demandeId: 'x' } }),
      'common:errors.unexpected',
    ],
    ['a bug', new TypeError('boom'), 'common:errors.unexpected'],
  ])('offers a retry for %s', (_, error, messageKey) => {
    expect(mapSignupError(error)).toEqual({ kind: 'retry', messageKey });
  });
});
