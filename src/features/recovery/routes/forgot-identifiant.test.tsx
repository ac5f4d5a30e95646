import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setActiveScenarios } from '../../../../mocks/scenarios/active';
import { serverState } from '../../../../mocks/server-state';
import { renderApp } from '@/testing/render-app';

async function ask(user: ReturnType<typeof renderApp>['user'], numero: string, email: string) {
  const numeroField = await screen.findByLabelText('Numéro de commerçant');
  await user.clear(numeroField);
  if (numero) await user.type(numeroField, numero);
  const emailField = screen.getByLabelText('Adresse e-mail du compte');
  await user.clear(emailField);
  if (email) await user.type(emailField, email);
  await user.click(screen.getByRole('button', { name: 'Recevoir mon identifiant' }));
}

const SENT =
  'Si un compte correspond à ces informations, un e-mail contenant votre identifiant vient d’être envoyé à l’adresse enregistrée.';

describe('Identifiant oublié', () => {
  it('is linked from the login page', async () => {
    const { user, router } = renderApp('/connexion');
    await user.click(await screen.findByRole('link', { name: /^Identifiant oublié/ }));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Identifiant oublié/ }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/identifiant/oublie');
  });

  it('asks for both details on their fields, with an example, in a focused summary', async () => {
    const { user } = renderApp('/identifiant/oublie');
    await ask(user, '', 'marie');
    const numero = screen.getByLabelText('Numéro de commerçant');
    expect(numero).toHaveAttribute('aria-invalid', 'true');
    expect(numero).toHaveAccessibleDescription(/Erreur\s: Saisissez votre numéro de commerçant/);
    expect(screen.getByLabelText('Adresse e-mail du compte')).toHaveAccessibleDescription(
      /Erreur\s: .*n’est pas valide/,
    );
    const summary = screen.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^Saisissez votre numéro de commerçant/),
      expect.stringMatching(/n’est pas valide/),
    ]);
    await user.click(links[0] ?? summary);
    expect(numero).toHaveFocus();
  });

  it('e-mails the identifiant to the registered address when the details match', async () => {
    const { user } = renderApp('/identifiant/oublie');
    await ask(user, '94 0000 0011', 'marie.durand@boulangerie-durand.fr');
    const answer = await screen.findByRole('status');
    expect(answer).toHaveTextContent(SENT);
    await waitFor(() => expect(answer).toHaveFocus());
    expect(serverState.emails).toHaveLength(1);
    expect(serverState.emails[0]).toMatchObject({
      to: 'marie.durand@boulangerie-durand.fr',
      subject: 'Votre identifiant',
    });
    expect(serverState.emails[0]?.body).toContain('Votre identifiant : marie.durand');
  });

  it('answers the same, and sends nothing, when they do not match', async () => {
    const { user } = renderApp('/identifiant/oublie');
    await ask(user, '9400000011', 'quelquun@exemple.fr');
    expect(await screen.findByRole('status')).toHaveTextContent(SENT);
    expect(serverState.emails).toEqual([]);
  });

  it('brings the details back to correct them', async () => {
    const { user } = renderApp('/identifiant/oublie');
    await ask(user, '9400000011', 'marie.durand@boulangerie.fr');
    await user.click(await screen.findByRole('button', { name: 'Modifier les informations' }));
    const numero = screen.getByLabelText('Numéro de commerçant');
    expect(numero).toHaveValue('9400000011');
    expect(screen.getByLabelText('Adresse e-mail du compte')).toHaveValue(
      'marie.durand@boulangerie.fr',
    );
    await waitFor(() => expect(numero).toHaveFocus());
  });

  it.each([
    ['erreur-serveur', /momentanément indisponible/],
    ['erreur-envoi-e-mail', /L’e-mail n’a pas pu être envoyé/],
  ] as const)('explains %s, keeps what was typed and retries', async (scenario, message) => {
    const { user } = renderApp('/identifiant/oublie');
    await screen.findByLabelText('Numéro de commerçant');
    setActiveScenarios([scenario]);
    await ask(user, '9400000011', 'marie.durand@boulangerie-durand.fr');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(screen.getByLabelText('Numéro de commerçant')).toHaveValue('9400000011');
    expect(screen.getByLabelText('Adresse e-mail du compte')).toHaveValue(
      'marie.durand@boulangerie-durand.fr',
    );
    setActiveScenarios([]);
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('status')).toHaveTextContent(SENT);
  });
});
