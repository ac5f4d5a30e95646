import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setBaseLatency } from '../../../../mocks/http';
import { server } from '../../../../mocks/node';
import { setActiveScenarios } from '../../../../mocks/scenarios/active';
import { serverState } from '../../../../mocks/server-state';
import { useScenarios } from '../../../../mocks/testing';
import { renderApp } from '@/testing/render-app';

/** The bodies the API received at `/api/mot-de-passe/oubli`, in order. */
function resetRequests() {
  const bodies: unknown[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === '/api/mot-de-passe/oubli') {
      void request
        .clone()
        .json()
        .then((body: unknown) => bodies.push(body));
    }
  });
  return bodies;
}

async function ask(user: ReturnType<typeof renderApp>['user'], identifiant: string) {
  const field = await screen.findByLabelText('Identifiant');
  await user.clear(field);
  await user.type(field, identifiant);
  await user.click(screen.getByRole('button', { name: 'Recevoir un lien' }));
}

const SENT = 'Si un compte correspond, un e-mail vient d’être envoyé à l’adresse enregistrée.';

describe('Mot de passe oublié', () => {
  it('is linked from the login page', async () => {
    const { user, router } = renderApp('/connexion');
    await user.click(await screen.findByRole('link', { name: 'Mot de passe oublié\u00a0?' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mot de passe oublié\u00a0?' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mot-de-passe/oublie');
    await waitFor(() =>
      expect(document.title).toBe('Mot de passe oublié\u00a0? · Espace commerçant'),
    );
  });

  it('asks for the identifiant on the field, in an error summary that takes focus', async () => {
    const requests = resetRequests();
    const { user } = renderApp('/mot-de-passe/oublie');
    await user.click(await screen.findByRole('button', { name: 'Recevoir un lien' }));
    const field = screen.getByLabelText('Identifiant');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/^Erreur\s: Saisissez votre identifiant\./);
    const summary = screen.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(within(summary).getByRole('link', { name: 'Saisissez votre identifiant.' }));
    expect(field).toHaveFocus();
    expect(requests).toEqual([]);
  });

  it('answers the same for a known and an unknown identifiant; only the known one gets an e-mail', async () => {
    const requests = resetRequests();
    const first = renderApp('/mot-de-passe/oublie');
    await ask(first.user, 'personne.inconnue');
    const unknownAnswer = await screen.findByRole('status');
    expect(unknownAnswer).toHaveTextContent(SENT);
    await waitFor(() => expect(unknownAnswer).toHaveFocus());
    const unknownText = screen.getByRole('main').textContent?.replace('personne.inconnue', '');
    expect(serverState.emails).toEqual([]);
    first.unmount();

    const second = renderApp('/mot-de-passe/oublie');
    await ask(second.user, '  marie.durand ');
    expect(await screen.findByRole('status')).toHaveTextContent(SENT);
    expect(screen.getByRole('main').textContent?.replace('marie.durand', '')).toBe(unknownText);
    expect(requests).toEqual([
      { identifiant: 'personne.inconnue' },
      { identifiant: 'marie.durand' },
    ]);
    expect(serverState.emails.map((email) => email.to)).toEqual([
      'marie.durand@boulangerie-durand.fr',
    ]);
  });

  it('sends one request for a double click', async () => {
    setBaseLatency(150);
    const requests = resetRequests();
    const { user } = renderApp('/mot-de-passe/oublie');
    await user.type(await screen.findByLabelText('Identifiant'), 'marie.durand');
    await user.dblClick(screen.getByRole('button', { name: 'Recevoir un lien' }));
    await screen.findByRole('status');
    expect(requests).toHaveLength(1);
  });

  it.each([
    ['erreur-serveur', /momentanément indisponible/],
    ['hors-ligne', /Connexion impossible/],
    ['erreur-envoi-e-mail', /L’e-mail n’a pas pu être envoyé/],
  ] as const)('explains %s, keeps the identifiant and retries', async (scenario, message) => {
    await useScenarios(scenario);
    const { user } = renderApp('/mot-de-passe/oublie');
    await ask(user, 'marie.durand');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByLabelText('Identifiant')).toHaveValue('marie.durand');

    // The failure ends; the server keeps its session (`useScenarios` would start a new one).
    setActiveScenarios([]);
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('status')).toHaveTextContent(SENT);
  });

  it('sends again on request, until too many requests hold the identifiant for 15 minutes', async () => {
    const { user } = renderApp('/mot-de-passe/oublie');
    await ask(user, 'marie.durand');
    await screen.findByText(SENT);
    expect(screen.getByText(/Vérifiez l’identifiant saisi : marie\.durand\./)).toBeInTheDocument();
    for (let sent = 2; sent <= 5; sent += 1) {
      await user.click(screen.getByRole('button', { name: 'Renvoyer l’e-mail' }));
      await waitFor(() => expect(serverState.emails).toHaveLength(sent));
    }
    expect(screen.getByRole('status')).toHaveTextContent(/un nouvel e-mail vient d’être envoyé/);
    await user.click(screen.getByRole('button', { name: 'Renvoyer l’e-mail' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Trop de demandes.*réessayez après \d{1,2} h \d{2}\./);
    expect(within(alert).queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
    expect(serverState.emails).toHaveLength(5);
  });

  it('brings the form back, with the identifiant, to correct it', async () => {
    const { user } = renderApp('/mot-de-passe/oublie');
    await ask(user, 'marie.durant');
    await user.click(await screen.findByRole('button', { name: 'Modifier l’identifiant' }));
    const field = screen.getByLabelText('Identifiant');
    expect(field).toHaveValue('marie.durant');
    await waitFor(() => expect(field).toHaveFocus());
  });

  it('speaks English', async () => {
    const { user } = renderApp('/connexion');
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' });
    await user.type(screen.getByLabelText('User ID'), 'marie.durand');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'If an account matches, an e-mail has just been sent to its registered address.',
    );
    await user.click(screen.getByRole('button', { name: 'Français' }));
    // Back in French, the confirmation is still there, in French.
    expect(await screen.findByRole('status')).toHaveTextContent(SENT);
  });
});
