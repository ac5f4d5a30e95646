import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parse } from 'zod/mini';
import { http } from 'msw';
import { API_BASE } from '../../../../mocks/api-base';
import { errorResponse, setBaseLatency } from '../../../../mocks/http';
import { server } from '../../../../mocks/node';
import { serverState } from '../../../../mocks/server-state';
import { forgetSession, useScenarios } from '../../../../mocks/testing';
import { apiRequest } from '@/lib/api-client';
import { API_ERROR_CODES } from '@/lib/api-error-contract';
import { sessionSchema } from '../api/contract';
import { readSession } from '../api/session-store';
import { renderApp } from '@/testing/render-app';

function isLogin(request: Request) {
  return request.method === 'POST' && new URL(request.url).pathname === '/api/session';
}

function countLoginRequests() {
  const calls: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (isLogin(request)) calls.push(request.url);
  });
  return calls;
}

/** The status of each login answer the API sent, in order. */
function loginAnswers() {
  const statuses: number[] = [];
  server.events.on('response:mocked', ({ request, response }) => {
    if (isLogin(request)) statuses.push(response.status);
  });
  return statuses;
}

/** The anti-CSRF token each login the API received carried, in order. */
function loginTokens() {
  const tokens: (string | null)[] = [];
  server.events.on('request:start', ({ request }) => {
    if (isLogin(request)) tokens.push(request.headers.get('X-CSRF-Token'));
  });
  return tokens;
}

/** The anti-CSRF token of each answer to `GET /session`, in order. */
function sessionTokens() {
  const tokens: string[] = [];
  server.events.on('response:mocked', async ({ request, response }) => {
    if (request.method === 'GET' && new URL(request.url).pathname === '/api/session') {
      tokens.push(parse(sessionSchema, await response.clone().json()).csrfToken);
    }
  });
  return tokens;
}

async function fillAndSubmit(
  user: ReturnType<typeof renderApp>['user'],
  identifiant: string,
  password: string,
) {
  const identifiantField = await screen.findByLabelText('Identifiant');
  await user.clear(identifiantField);
  if (identifiant) await user.type(identifiantField, identifiant);
  const passwordField = screen.getByLabelText('Mot de passe');
  await user.clear(passwordField);
  if (password) await user.type(passwordField, password);
  await user.click(screen.getByRole('button', { name: 'Se connecter' }));
}

describe('Connexion', () => {
  it('asks for both fields, in French, tied to each field', async () => {
    const { user } = renderApp('/connexion');
    await fillAndSubmit(user, '', '');
    const identifiant = screen.getByLabelText('Identifiant');
    expect(identifiant).toHaveAttribute('aria-invalid', 'true');
    expect(identifiant).toHaveAccessibleDescription(/Saisissez votre identifiant\./);
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(
      /Saisissez votre mot de passe\./,
    );
  });

  it('logs marie.durand in and shows her account summary', async () => {
    const { user, router } = renderApp('/connexion');
    expect(await screen.findByLabelText('Identifiant')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Mot de passe')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
    await fillAndSubmit(user, '  marie.durand  ', 'Litiges-Demo-2026');
    expect(
      await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tableau-de-bord');
    expect(screen.getAllByText('Boulangerie Durand').length).toBeGreaterThan(0);
    expect(screen.getByText('9400000011')).toBeInTheDocument();
    expect(screen.getByText('marie.durand')).toBeInTheDocument();
  });

  it.each([
    ['a wrong password', 'marie.durand'],
    ['an unknown identifiant', 'personne.inconnue'],
  ])('answers %s with the same generic alert and keeps the identifiant', async (_, identifiant) => {
    const { user } = renderApp('/connexion');
    await fillAndSubmit(user, identifiant, 'pas-le-bon-mot-de-passe');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Identifiant ou mot de passe incorrect.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText('Identifiant')).toHaveValue(identifiant);
    expect(screen.getByLabelText('Mot de passe')).toHaveValue('');
  });

  it('locks an identifiant after 5 failures, even with the right password next', async () => {
    const answers = loginAnswers();
    const { user } = renderApp('/connexion');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await fillAndSubmit(user, 'marie.durand', `mauvais-${attempt}`);
      await waitFor(() => expect(answers).toHaveLength(attempt));
      // Focus moves to the alert once it is shown; type the next attempt after that, as a person would.
      await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    }
    expect(answers).toEqual([401, 401, 401, 401]);
    await fillAndSubmit(user, 'marie.durand', 'mauvais-5');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /Trop de tentatives de connexion\..*bloquée jusqu’à \d{1,2} h \d{2}\./,
      ),
    );
    await waitFor(() => expect(answers).toHaveLength(5));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    await fillAndSubmit(user, 'marie.durand', 'Litiges-Demo-2026');
    await waitFor(() => expect(answers).toHaveLength(6));
    expect(answers.at(-1)).toBe(429);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Trop de tentatives/));
    expect(screen.queryByRole('heading', { name: /récapitulative/ })).not.toBeInTheDocument();
  });

  it('throttles identifiants that do not exist too', async () => {
    const answers = loginAnswers();
    const { user } = renderApp('/connexion');
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await fillAndSubmit(user, 'nexiste.pas', `mauvais-${attempt}`);
      await waitFor(() => expect(answers).toHaveLength(attempt));
      // Focus moves to the alert once it is shown; type the next attempt after that, as a person would.
      await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
    }
    expect(answers).toEqual([401, 401, 401, 401, 429]);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Trop de tentatives/));
  });

  it('sends one request for a double click', async () => {
    // A real network is slower than the second click; give the mock API a realistic delay.
    setBaseLatency(150);
    const calls = countLoginRequests();
    const { user } = renderApp('/connexion');
    await user.type(await screen.findByLabelText('Identifiant'), 'marie.durand');
    await user.type(screen.getByLabelText('Mot de passe'), 'Litiges-Demo-2026');
    await user.dblClick(screen.getByRole('button', { name: 'Se connecter' }));
    await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' });
    expect(calls).toHaveLength(1);
  });

  it('goes back to the protected page that sent the user, same-origin only', async () => {
    const { router } = renderApp('/tableau-de-bord');
    await screen.findByRole('heading', { name: 'Connexion' });
    expect(router.state.location.search).toBe('?redirectTo=%2Ftableau-de-bord');
  });

  it('ignores a redirectTo that leaves the site', async () => {
    const { user, router } = renderApp('/connexion?redirectTo=https%3A%2F%2Fevil.example');
    await fillAndSubmit(user, 'marie.durand', 'Litiges-Demo-2026');
    await waitFor(() => expect(router.state.location.pathname).toBe('/tableau-de-bord'));
  });

  it.each([
    ['erreur-serveur', /momentanément indisponible/],
    ['hors-ligne', /Connexion impossible/],
  ] as const)('explains %s, keeps what was typed and retries', async (scenario, message) => {
    await useScenarios(scenario);
    const { user } = renderApp('/connexion');
    await fillAndSubmit(user, 'marie.durand', 'Litiges-Demo-2026');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByLabelText('Identifiant')).toHaveValue('marie.durand');
    expect(screen.getByLabelText('Mot de passe')).toHaveValue('Litiges-Demo-2026');

    await useScenarios();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(
      await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' }),
    ).toBeInTheDocument();
  });

  it('refuses 10,000 pasted characters and 129-character passwords without losing them', async () => {
    const { user } = renderApp('/connexion');
    const long = 'x'.repeat(10_000);
    await user.click(await screen.findByLabelText('Identifiant'));
    await user.paste(long);
    await user.click(screen.getByLabelText('Mot de passe'));
    await user.paste('p'.repeat(129));
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(screen.getByLabelText('Identifiant')).toHaveAccessibleDescription(
      /au plus 32 caractères/,
    );
    expect(screen.getByLabelText('Mot de passe')).toHaveAccessibleDescription(
      /au plus 128 caractères/,
    );
    expect(screen.getByLabelText('Identifiant')).toHaveValue(long);
  });

  it('counts an emoji as one character, as the signup does: 66 emoji are sent', async () => {
    const answers = loginAnswers();
    const { user } = renderApp('/connexion');
    await user.type(await screen.findByLabelText('Identifiant'), 'marie.durand');
    await user.click(screen.getByLabelText('Mot de passe'));
    await user.paste('😀'.repeat(66));
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() => expect(answers).toEqual([401]));
    expect(screen.getByLabelText('Mot de passe')).not.toHaveAccessibleDescription(
      /au plus 128 caractères/,
    );
  });

  it('treats HTML and emoji in the identifiant as plain text', async () => {
    const { user, container } = renderApp('/connexion');
    await fillAndSubmit(user, '<script>x</script>😀', 'un-mot-de-passe');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Identifiant ou mot de passe incorrect.',
    );
    expect(screen.getByLabelText('Identifiant')).toHaveValue('<script>x</script>😀');
    expect(container.querySelector('script')).toBeNull();
  });

  it('shows and hides the password', async () => {
    const { user } = renderApp('/connexion');
    const password = await screen.findByLabelText('Mot de passe');
    expect(password).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(password).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Masquer' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('Session', () => {
  it('keeps anonymous visitors out of protected pages before they render', async () => {
    const { router } = renderApp('/tableau-de-bord');
    await screen.findByRole('heading', { name: 'Connexion' });
    expect(router.state.location.pathname).toBe('/connexion');
    expect(screen.queryByText('Boulangerie Durand')).not.toBeInTheDocument();
  });

  it('logs out: API session ended, cache cleared, no user data left', async () => {
    const { user, router, queryClient } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' });
    sessionStorage.setItem('espace-commercant:brouillon:litige:LT-2026-000001', '"texte"');
    await user.click(screen.getByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByText(/Déconnexion effectuée\. À bientôt/)).toBeInTheDocument();
    expect(sessionStorage.getItem('espace-commercant:brouillon:litige:LT-2026-000001')).toBeNull();
    expect(screen.queryByText('Boulangerie Durand')).not.toBeInTheDocument();
    expect(queryClient.getQueryCache().getAll()).toEqual([]);
    // The login page asks again, and the API now knows a visitor only.
    await waitFor(() => expect(readSession()).toMatchObject({ user: null }));

    await router.navigate('/tableau-de-bord');
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
    expect(screen.queryByText('Boulangerie Durand')).not.toBeInTheDocument();
  });

  it('sends the user to login with a message when a call answers 401, then back', async () => {
    const { user, router } = renderApp('/tableau-de-bord', { as: 'paul.lefebvre' });
    await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' });
    // The server forgets the session; the next authenticated call answers 401.
    serverState.expireNextCall = true;
    await apiRequest('/session/prolonger', { method: 'POST', schema: z.unknown() }).catch(
      () => undefined,
    );
    expect(await screen.findByText(/Votre session a pris fin/)).toBeInTheDocument();
    expect(router.state.location.search).toContain('redirectTo=%2Ftableau-de-bord');
    await fillAndSubmit(user, 'paul.lefebvre', 'Activer-Demo-2026');
    await waitFor(() => expect(router.state.location.pathname).toBe('/tableau-de-bord'));
  });
});

describe('A server that forgot the anonymous session', () => {
  it('logs in at the first click: the login goes again once, with the new session’s token', async () => {
    const logins = loginTokens();
    const answers = loginAnswers();
    const sessions = sessionTokens();
    const { user } = renderApp('/connexion');
    await waitFor(() => expect(sessions).toHaveLength(1));
    forgetSession();

    await fillAndSubmit(user, 'marie.durand', 'Litiges-Demo-2026');
    expect(
      await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' }),
    ).toBeInTheDocument();
    expect(answers).toEqual([403, 200]);
    expect(sessions).toHaveLength(2);
    expect(logins).toEqual([sessions[0], sessions[1]]);
    expect(sessions[1]).not.toBe(sessions[0]);
  });

  it('shows a refusal that persists after that one new attempt, and stops there', async () => {
    server.use(http.post(`${API_BASE}/session`, () => errorResponse(403, API_ERROR_CODES.csrf)));
    const answers = loginAnswers();
    const { user } = renderApp('/connexion');
    await fillAndSubmit(user, 'marie.durand', 'Litiges-Demo-2026');
    expect(await screen.findByRole('alert')).toHaveTextContent('Cette action n’est pas autorisée.');
    expect(answers).toEqual([403, 403]);
    expect(screen.getByLabelText('Mot de passe')).toHaveValue('Litiges-Demo-2026');
  });
});

describe('Errors', () => {
  it('shows an error page with a retry, never a blank screen, when the API fails a guard', async () => {
    await useScenarios('erreur-serveur');
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    expect(
      await screen.findByRole('heading', { name: 'Un problème est survenu' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/momentanément indisponible/);
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('sends one request for a double Enter', async () => {
    setBaseLatency(150);
    const calls = countLoginRequests();
    const { user } = renderApp('/connexion');
    await user.type(await screen.findByLabelText('Identifiant'), 'marie.durand');
    await user.type(screen.getByLabelText('Mot de passe'), 'Litiges-Demo-2026{Enter}{Enter}');
    await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' });
    expect(calls).toHaveLength(1);
  });
});

describe('Pages', () => {
  it('offers Connexion and Créer un compte on the home page', async () => {
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Connexion' })).toHaveAttribute(
      'href',
      '/connexion',
    );
    expect(screen.getByRole('link', { name: 'Créer un compte' })).toHaveAttribute(
      'href',
      '/inscription',
    );
    await waitFor(() => expect(document.title).toBe('Accueil · Espace commerçant'));
  });

  it('answers an unknown URL with a French « page introuvable » and a way home', async () => {
    renderApp('/nulle-part');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour à l’accueil' })).toHaveAttribute('href', '/');
  });

  it('switches to English and remembers it', async () => {
    const { user } = renderApp('/connexion');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('espace-commercant:langue')).toBe('en');
    await user.click(screen.getByRole('button', { name: 'Français' }));
    expect(await screen.findByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
  });
});
