import { afterEach, describe, expect, it } from 'vitest';
import { mailServerDown, scenarioEndpointFailure, setActiveScenarios } from './active';

afterEach(() => {
  setActiveScenarios([]);
});

describe('failures declared in the scenario table', () => {
  it('fails the endpoint a scenario names, and no other', () => {
    setActiveScenarios(['erreur-activation']);
    expect(scenarioEndpointFailure('POST /compte/gestion-litiges', {})).toMatchObject({
      status: 500,
      code: 'ERREUR_SERVEUR',
    });
    expect(scenarioEndpointFailure('POST /inscription', { demandeId: 'a' })).toBeUndefined();
  });

  it('fails only the first call per value of `firstCallPer`, so a retry succeeds', () => {
    setActiveScenarios(['erreur-inscription']);
    expect(scenarioEndpointFailure('POST /inscription', { demandeId: 'a' })).toBeDefined();
    expect(scenarioEndpointFailure('POST /inscription', { demandeId: 'a' })).toBeUndefined();
    expect(scenarioEndpointFailure('POST /inscription', { demandeId: 'b' })).toBeDefined();
    // Applying the scenario again starts over.
    setActiveScenarios(['erreur-inscription']);
    expect(scenarioEndpointFailure('POST /inscription', { demandeId: 'a' })).toBeDefined();
  });

  it('takes the mail server down only in its scenario', () => {
    expect(mailServerDown()).toBe(false);
    setActiveScenarios(['erreur-envoi-e-mail']);
    expect(mailServerDown()).toBe(true);
  });
});
