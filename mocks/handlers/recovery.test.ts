import { describe, expect, it } from 'vitest';
import { RECOVERY_ERROR_CODES } from '@/features/recovery/api/contract';
import { setActiveScenarios } from '../scenarios/active';
import { serverState, startSession, type SentEmail } from '../server-state';
import { logInAs, setMockClock, useScenarios } from '../testing';

function api(path: string, body: unknown) {
  // Writes need the session's anti-CSRF token, as in the app (an anonymous session if none).
  const session = serverState.session ?? startSession(null);
  return fetch(new URL(`/api${path}`, location.href), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
    body: JSON.stringify(body),
  });
}

const login = (identifiant: string, password: string) =>
  api('/session', { identifiant, password }).then((response) => response.status);

/** The token of the newest reset e-mail, read from its link as the merchant would. */
function tokenFrom(email: SentEmail | undefined): string {
  const link = email?.body.match(/https?:\/\/\S+/)?.[0];
  const token = link ? new URL(link).searchParams.get('jeton') : null;
  if (!token) throw new Error('no reset link in the e-mail');
  return token;
}

async function requestLink(identifiant = 'marie.durand') {
  const response = await api('/mot-de-passe/oubli', { identifiant });
  expect(response.status).toBe(204);
  return tokenFrom(serverState.emails[0]);
}

const NEW_PASSWORD = 'Pain-de-campagne-2027';

describe('mock API — mot de passe oublié', () => {
  it('answers the same for an unknown identifiant, and e-mails only a known one', async () => {
    const unknown = await api('/mot-de-passe/oubli', { identifiant: 'personne.inconnue' });
    expect(unknown.status).toBe(204);
    expect(await unknown.text()).toBe('');
    expect(serverState.emails).toEqual([]);

    const known = await api('/mot-de-passe/oubli', { identifiant: ' Marie.Durand ' });
    expect(known.status).toBe(204);
    expect(await known.text()).toBe('');
    expect(serverState.emails).toHaveLength(1);
    expect(serverState.emails[0]).toMatchObject({
      kind: 'mot-de-passe-lien',
      to: 'marie.durand@boulangerie-durand.fr',
    });
    expect(serverState.emails[0]?.body).toMatch(/\/mot-de-passe\/nouveau\?jeton=[0-9a-f]{32}\n/);
  });

  it('throttles requests per identifiant typed, existing or not', async () => {
    for (const identifiant of ['marie.durand', 'nexiste.pas']) {
      const statuses = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        statuses.push((await api('/mot-de-passe/oubli', { identifiant })).status);
      }
      expect(statuses).toEqual([204, 204, 204, 204, 204, 429]);
      const refused = await api('/mot-de-passe/oubli', { identifiant });
      expect(await refused.json()).toMatchObject({
        code: RECOVERY_ERROR_CODES.tooManyRequests,
        lockedUntil: expect.any(String),
      });
    }
    expect(serverState.emails).toHaveLength(5);
    // Another identifiant is not held back by them.
    expect((await api('/mot-de-passe/oubli', { identifiant: 'paul.lefebvre' })).status).toBe(204);
  });

  it('checks a link, sets the new password once, ends the session and the lockout', async () => {
    const token = await requestLink();
    const check = await api('/mot-de-passe/lien', { jeton: token });
    expect(await check.json()).toEqual({ identifiant: 'marie.durand' });

    logInAs('marie.durand');
    serverState.loginFailures['marie.durand'] = { failures: [Date.now()], lockedUntil: null };
    const reset = await api('/mot-de-passe/reinitialisation', {
      jeton: token,
      password: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);
    expect(serverState.session?.identifiant).toBeNull();
    expect(serverState.loginFailures['marie.durand']).toEqual({ failures: [], lockedUntil: null });
    expect(serverState.emails[0]).toMatchObject({
      kind: 'mot-de-passe-modifie',
      to: 'marie.durand@boulangerie-durand.fr',
    });

    expect(await login('marie.durand', 'Litiges-Demo-2026')).toBe(401);
    expect(await login('marie.durand', NEW_PASSWORD)).toBe(200);

    const again = await api('/mot-de-passe/reinitialisation', {
      jeton: token,
      password: 'Un-autre-mot-de-passe-2027',
    });
    expect(again.status).toBe(410);
    expect(await again.json()).toEqual({ code: RECOVERY_ERROR_CODES.linkUsed });
  });

  it('leaves the session of another account alone', async () => {
    const token = await requestLink();
    logInAs('paul.lefebvre');
    await api('/mot-de-passe/reinitialisation', { jeton: token, password: NEW_PASSWORD });
    expect(serverState.session?.identifiant).toBe('paul.lefebvre');
  });

  it('refuses a weak password or one holding the identifiant, and keeps the link usable', async () => {
    const token = await requestLink();
    const weak = await api('/mot-de-passe/reinitialisation', { jeton: token, password: 'soleil' });
    expect(weak.status).toBe(400);
    expect(await weak.json()).toMatchObject({
      fieldErrors: { password: 'validation:password.tooShort' },
    });
    const withIdentifiant = await api('/mot-de-passe/reinitialisation', {
      jeton: token,
      password: 'marie.durand-2027-pain',
    });
    expect(await withIdentifiant.json()).toMatchObject({
      fieldErrors: { password: 'validation:password.containsIdentifiant' },
    });
    expect((await api('/mot-de-passe/lien', { jeton: token })).status).toBe(200);
  });

  it('says when a link expired, 30 minutes later on the mock clock', async () => {
    setMockClock('2026-12-02T10:00');
    const token = await requestLink();
    setMockClock('2026-12-02T10:31');
    const response = await api('/mot-de-passe/lien', { jeton: token });
    expect(response.status).toBe(410);
    expect(await response.json()).toEqual({ code: RECOVERY_ERROR_CODES.linkExpired });
  });

  it('does not know a made-up link', async () => {
    const response = await api('/mot-de-passe/lien', { jeton: 'inconnu' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: RECOVERY_ERROR_CODES.linkUnknown });
  });

  it('lien-expire: the links it sends have already expired', async () => {
    await useScenarios('lien-expire');
    const token = await requestLink();
    const response = await api('/mot-de-passe/lien', { jeton: token });
    expect(await response.json()).toEqual({ code: RECOVERY_ERROR_CODES.linkExpired });
  });

  it('erreur-envoi-e-mail: every request answers 503, known or not; a reset still works', async () => {
    const token = await requestLink();
    // Switched on without the fresh data `useScenarios` brings: the link sent before must stay.
    setActiveScenarios(['erreur-envoi-e-mail']);
    serverState.emails = [];
    for (const identifiant of ['marie.durand', 'personne.inconnue']) {
      const response = await api('/mot-de-passe/oubli', { identifiant });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ code: RECOVERY_ERROR_CODES.emailFailed });
    }
    const reminder = await api('/identifiant/oubli', {
      numeroCommercant: '9400000011',
      email: 'marie.durand@boulangerie-durand.fr',
    });
    expect(reminder.status).toBe(503);
    const reset = await api('/mot-de-passe/reinitialisation', {
      jeton: token,
      password: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);
    expect(await login('marie.durand', NEW_PASSWORD)).toBe(200);
    expect(serverState.emails).toEqual([]);
  });
});

describe('mock API — identifiant oublié', () => {
  it('e-mails the identifiant to the registered address when both details match', async () => {
    const response = await api('/identifiant/oubli', {
      numeroCommercant: '94 0000 0011',
      email: 'Marie.Durand@Boulangerie-Durand.FR',
    });
    expect(response.status).toBe(204);
    expect(serverState.emails).toHaveLength(1);
    expect(serverState.emails[0]).toMatchObject({
      kind: 'identifiant-rappel',
      to: 'marie.durand@boulangerie-durand.fr',
    });
    expect(serverState.emails[0]?.body).toContain('Votre identifiant : marie.durand');
  });

  it('answers the same and sends nothing when they do not match an account', async () => {
    for (const [numeroCommercant, email] of [
      ['9400000011', 'quelquun@exemple.fr'],
      ['9400000029', 'marie.durand@boulangerie-durand.fr'],
      ['9400000037', 'contact@fromagerie-dubois.fr'],
    ]) {
      const response = await api('/identifiant/oubli', { numeroCommercant, email });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe('');
    }
    expect(serverState.emails).toEqual([]);
  });

  it('checks the details with the signup rules', async () => {
    const response = await api('/identifiant/oubli', { numeroCommercant: '123', email: 'marie' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      fieldErrors: {
        numeroCommercant: 'validation:merchantNumber.format',
        email: 'validation:email.format',
      },
    });
  });
});
