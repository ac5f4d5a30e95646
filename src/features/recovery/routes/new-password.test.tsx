import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setBaseLatency } from '../../../../mocks/http';
import { server } from '../../../../mocks/node';
import {
  keepResetLink,
  newResetToken,
  spendResetLink,
} from '../../../../mocks/password-reset-links';
import { setActiveScenarios } from '../../../../mocks/scenarios/active';
import { serverState } from '../../../../mocks/server-state';
import { setMockClock } from '../../../../mocks/testing';
import { renderApp } from '@/testing/render-app';

/** A link for marie.durand, as her « Mot de passe oublié » e-mail carries it. */
async function linkFor(identifiant = 'marie.durand') {
  const { token, key } = await newResetToken();
  keepResetLink(key, identifiant);
  return { token, url: `/mot-de-passe/nouveau?jeton=${token}` };
}

function resetRequests() {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === '/api/mot-de-passe/reinitialisation') {
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body));
    }
  });
  return bodies;
}

const NEW_PASSWORD = 'Pain-de-campagne-2027';

async function choose(user: ReturnType<typeof renderApp>['user'], password: string) {
  const field = await screen.findByLabelText('Nouveau mot de passe');
  await user.clear(field);
  await user.type(field, password);
  await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
}

function referrerPolicy() {
  return document.head.querySelector<HTMLMetaElement>('meta[name="referrer"]')?.content;
}

describe('Nouveau mot de passe', () => {
  it('reads the link, takes it out of the address and sends no Referer while open', async () => {
    const { token, url } = await linkFor();
    const { router, unmount } = renderApp(url);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choisissez un nouveau mot de passe' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/identifiant est marie\.durand/)).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
    expect(router.state.location.pathname).toBe('/mot-de-passe/nouveau');
    expect(referrerPolicy()).toBe('no-referrer');
    expect(JSON.stringify({ ...localStorage })).not.toContain(token);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(token);
    unmount();
    expect(referrerPolicy()).toBeUndefined();
  });

  it('gives the signup’s rules and strength hint, with « Afficher » and no confirmation field', async () => {
    const { url } = await linkFor();
    const { user } = renderApp(url);
    const field = await screen.findByLabelText('Nouveau mot de passe');
    expect(field).toHaveAttribute('autocomplete', 'new-password');
    expect(field).toHaveAccessibleDescription(/Au moins 12\scaractères, sans votre identifiant/);
    expect(screen.getAllByLabelText(/mot de passe/i)).toHaveLength(1);
    await user.type(field, 'soleil');
    expect(screen.getByText(/^Mot de passe (très faible|faible)\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Afficher' }));
    expect(field).toHaveAttribute('type', 'text');
  });

  it.each([
    ['too short', 'soleil', /doit comporter au moins 12\scaractères/],
    ['common', 'motdepasse123', /trop courant/],
    ['holding the identifiant', 'marie.durand-2027', /ne doit pas contenir votre identifiant/],
  ])('refuses a password %s on its field, before any request', async (_, password, message) => {
    const requests = resetRequests();
    const { url } = await linkFor();
    const { user } = renderApp(url);
    await choose(user, password);
    const field = screen.getByLabelText('Nouveau mot de passe');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(message);
    expect(field).toHaveAccessibleDescription(/Erreur\s:/);
    const summary = screen.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link')).toHaveTextContent(message);
    expect(requests).toEqual([]);
  });

  it('lets an error follow the typing: gone before the button is pressed, which stays put', async () => {
    const { url } = await linkFor();
    const { user } = renderApp(url);
    await choose(user, 'soleil');
    const field = screen.getByLabelText('Nouveau mot de passe');
    const summary = screen.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(within(summary).getByRole('link'));
    expect(field).toHaveFocus();
    await user.clear(field);
    await user.type(field, NEW_PASSWORD);
    expect(field).toHaveFocus();
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(field).not.toHaveAccessibleDescription(/Erreur|Astuce/);
    // The summary is the submit's snapshot: it does not move under the pointer either.
    expect(within(summary).getByRole('link')).toHaveTextContent(/au moins 12\scaractères/);
  });

  it('shows a password the API refuses on its field, in the focused summary', async () => {
    server.use(
      http.post(
        '/api/mot-de-passe/reinitialisation',
        () =>
          HttpResponse.json(
            {
              code: 'VALIDATION',
              fieldErrors: { password: 'validation:password.containsIdentifiant' },
            },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    const { url } = await linkFor();
    const { user } = renderApp(url);
    await choose(user, NEW_PASSWORD);
    const summary = await screen.findByRole('group', {
      name: 'Le formulaire contient des erreurs',
    });
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link')).toHaveTextContent(/ne doit pas contenir/);
    const field = screen.getByLabelText('Nouveau mot de passe');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Erreur\s: .*ne doit pas contenir votre identifiant/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sets the new password: the old one no longer works, the link is spent', async () => {
    const requests = resetRequests();
    const { token, url } = await linkFor();
    const { user } = renderApp(url);
    await choose(user, NEW_PASSWORD);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Votre mot de passe est modifié' }),
    ).toHaveFocus();
    expect(screen.getByText(/toutes les sessions ouvertes sur ce compte ont été fermées/));
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute(
      'href',
      '/connexion',
    );
    expect(requests).toEqual([{ jeton: token, password: NEW_PASSWORD }]);
    expect(serverState.emails[0]?.subject).toBe('Votre mot de passe a été modifié');

    await user.click(screen.getByRole('link', { name: 'Se connecter' }));
    await user.type(await screen.findByLabelText('Identifiant'), 'marie.durand');
    await user.type(screen.getByLabelText('Mot de passe'), 'Litiges-Demo-2026');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Identifiant ou mot de passe incorrect.',
    );
    await user.type(screen.getByLabelText('Mot de passe'), NEW_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(
      await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' }),
    ).toBeInTheDocument();
  });

  it('ends the session of the merchant who opened it logged in', async () => {
    const { url } = await linkFor();
    const { user } = renderApp(url, { as: 'marie.durand' });
    expect(await screen.findByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
    await choose(user, NEW_PASSWORD);
    await screen.findByRole('heading', { name: 'Votre mot de passe est modifié' });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Se déconnecter' })).not.toBeInTheDocument(),
    );
    expect(screen.queryByText('Boulangerie Durand')).not.toBeInTheDocument();
    expect(serverState.session?.identifiant ?? null).toBeNull();
  });

  it('sends one request for a double click', async () => {
    setBaseLatency(150);
    const requests = resetRequests();
    const { url } = await linkFor();
    const { user } = renderApp(url);
    await user.type(await screen.findByLabelText('Nouveau mot de passe'), NEW_PASSWORD);
    await user.dblClick(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    await screen.findByRole('heading', { name: 'Votre mot de passe est modifié' });
    expect(requests).toHaveLength(1);
  });

  it.each([
    ['erreur-serveur', /momentanément indisponible/],
    ['hors-ligne', /Connexion impossible/],
  ] as const)('explains %s, keeps the password and retries', async (scenario, message) => {
    const { url } = await linkFor();
    const { user } = renderApp(url);
    await screen.findByLabelText('Nouveau mot de passe');
    setActiveScenarios([scenario]);
    await choose(user, NEW_PASSWORD);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText('Nouveau mot de passe')).toHaveValue(NEW_PASSWORD);
    setActiveScenarios([]);
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(
      await screen.findByRole('heading', { name: 'Votre mot de passe est modifié' }),
    ).toBeInTheDocument();
  });

  it('says when the link could not be checked, and checks it again', async () => {
    const { url } = await linkFor();
    setActiveScenarios(['erreur-serveur']);
    const { user } = renderApp(url);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Le lien n’a pas pu être vérifié/);
    setActiveScenarios([]);
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByLabelText('Nouveau mot de passe')).toBeInTheDocument();
  });

  it('explains an expired link, 30 minutes later on the mock clock', async () => {
    setMockClock('2026-12-02T10:00');
    const { url } = await linkFor();
    setMockClock('2026-12-02T10:31');
    renderApp(url);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce lien a expiré' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/fonctionne pendant 30 minutes/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/mot-de-passe/oublie',
    );
  });

  it('explains a link used already, and one that dies while the form is open', async () => {
    const first = await linkFor();
    const second = await linkFor();
    const { user, unmount } = renderApp(first.url);
    await screen.findByLabelText('Nouveau mot de passe');
    // Meanwhile, in another tab, the other e-mail's link changes the password.
    await spendResetLink(second.token);

    await choose(user, 'Un-autre-mot-de-passe-2027');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce lien a déjà été utilisé' }),
    ).toHaveFocus();
    unmount();

    renderApp(second.url);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ce lien a déjà été utilisé' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se connecter' })).toBeInTheDocument();
  });

  it.each([
    ['a made-up link', '/mot-de-passe/nouveau?jeton=inconnu', 'Ce lien n’est pas valide'],
    ['no link at all (a reload)', '/mot-de-passe/nouveau', 'Ouvrez le lien reçu par e-mail'],
  ])('explains %s', async (_, url, title) => {
    renderApp(url);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Demander un nouveau lien' })).toBeInTheDocument();
  });
});
