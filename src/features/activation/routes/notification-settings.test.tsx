import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { serverState } from '../../../../mocks/server-state';
import { renderApp } from '@/testing/render-app';

// Lazy pages compile on first use; on a shared, busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

function savedBodies() {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (request.method === 'PUT' && new URL(request.url).pathname === '/api/compte/notifications') {
      bodies.push(await request.clone().json());
    }
  });
  return bodies;
}

describe('Paramètres des notifications', () => {
  it('changes the choices and the address; the dashboard reflects them', async () => {
    const bodies = savedBodies();
    const { user } = renderApp('/parametres/notifications', { as: 'marie.durand' });
    await screen.findByRole('heading', { level: 1, name: 'Notifications par e-mail' });
    const email = await screen.findByLabelText('Adresse e-mail des notifications');
    expect(email).toHaveValue('marie.durand@boulangerie-durand.fr');
    expect(screen.getByRole('checkbox', { name: 'Ouverture d’un litige' })).toBeChecked();

    await user.clear(email);
    await user.type(email, 'litiges@boulangerie');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(email).toHaveAccessibleDescription(/Cette adresse e-mail n’est pas valide/);
    await waitFor(() =>
      expect(
        screen.getByRole('group', { name: 'Le formulaire contient des erreurs' }),
      ).toHaveFocus(),
    );
    expect(bodies).toEqual([]);

    await user.type(email, '-durand.fr');
    await user.click(screen.getByRole('checkbox', { name: 'Mise à jour d’un litige' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const status = await screen.findByText('Vos préférences de notification sont enregistrées.');
    expect(status.closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(status.closest('[role="status"]')).toHaveFocus());
    expect(bodies).toEqual([
      { ouverture: true, miseAJour: false, rappels: true, email: 'litiges@boulangerie-durand.fr' },
    ]);

    await user.click(screen.getByRole('link', { name: 'Retour à la page récapitulative' }));
    const services = within(await screen.findByRole('region', { name: 'Vos services' }));
    expect(services.getByText(/activées\s:\souverture d’un litige/)).toBeInTheDocument();
    expect(services.getByText('à litiges@boulangerie-durand.fr')).toBeInTheDocument();
  });

  it('switches the reminders before the deadline off, and on again', async () => {
    const bodies = savedBodies();
    const { user, router } = renderApp('/parametres/notifications', { as: 'marie.durand' });
    const reminders = await screen.findByRole('checkbox', { name: 'Rappels avant la date limite' });
    expect(reminders).toBeChecked();
    expect(reminders).toHaveAccessibleDescription(
      'Un e-mail 5\u00a0jours puis 1\u00a0jour avant la date limite de réponse de chaque litige à traiter.',
    );

    await user.click(reminders);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText('Vos préférences de notification sont enregistrées.'),
    ).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        ouverture: true,
        miseAJour: true,
        rappels: false,
        email: 'marie.durand@boulangerie-durand.fr',
      },
    ]);

    // What the server kept is what the page shows next time.
    await router.navigate('/tableau-de-bord');
    await router.navigate('/parametres/notifications');
    const again = await screen.findByRole('checkbox', { name: 'Rappels avant la date limite' });
    expect(again).not.toBeChecked();
    await user.click(again);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByText('Vos préférences de notification sont enregistrées.');
    expect(bodies.at(-1)).toMatchObject({ rappels: true });
  });

  it('explains a failed save and keeps what was typed', async () => {
    server.use(
      http.put('/api/compte/notifications', () =>
        HttpResponse.json({ code: 'ERREUR_SERVEUR' }, { status: 500 }),
      ),
    );
    const { user } = renderApp('/parametres/notifications', { as: 'marie.durand' });
    const email = await screen.findByLabelText('Adresse e-mail des notifications');
    await user.clear(email);
    await user.type(email, 'compta@boulangerie-durand.fr');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le service est momentanément indisponible');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(email).toHaveValue('compta@boulangerie-durand.fr');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
  });

  it('keeps unsaved edits across an expired session and the new login, and says so', async () => {
    const bodies = savedBodies();
    const { user, router } = renderApp('/parametres/notifications', { as: 'marie.durand' });
    const email = await screen.findByLabelText('Adresse e-mail des notifications');
    await user.clear(email);
    await user.type(email, 'compta@boulangerie-durand.fr');
    await user.click(screen.getByRole('checkbox', { name: 'Mise à jour d’un litige' }));
    serverState.expireNextCall = true;
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByRole('heading', { level: 1, name: 'Connexion' });
    expect(screen.getByText(/Votre session a pris fin/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Identifiant'), 'marie.durand');
    await user.type(screen.getByLabelText('Mot de passe'), 'Litiges-Demo-2026');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByLabelText('Adresse e-mail des notifications')).toHaveValue(
      'compta@boulangerie-durand.fr',
    );
    expect(router.state.location.pathname).toBe('/parametres/notifications');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nous avons conservé les modifications que vous n’aviez pas encore enregistrées.',
    );
    expect(screen.getByRole('checkbox', { name: 'Mise à jour d’un litige' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Ouverture d’un litige' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText('Vos préférences de notification sont enregistrées.'),
    ).toBeInTheDocument();
    expect(bodies.at(-1)).toEqual({
      ouverture: true,
      miseAJour: false,
      rappels: true,
      email: 'compta@boulangerie-durand.fr',
    });
    expect(screen.queryByText(/Nous avons conservé les modifications/)).not.toBeInTheDocument();
    // Saved: nothing is left to restore on the next visit.
    await router.navigate('/tableau-de-bord');
    await router.navigate('/parametres/notifications');
    expect(await screen.findByLabelText('Adresse e-mail des notifications')).toHaveValue(
      'compta@boulangerie-durand.fr',
    );
    expect(screen.queryByText(/Nous avons conservé/)).not.toBeInTheDocument();
  });

  it('is for subscribed accounts: the others are told to activate first', async () => {
    const { router } = renderApp('/parametres/notifications', { as: 'paul.lefebvre' });
    expect(
      await screen.findByText(
        /font partie de la gestion des litiges en ligne\s:\sactivez-la d’abord/,
      ),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tableau-de-bord');
    expect(screen.getByRole('heading', { name: 'Gérez vos litiges en ligne' })).toBeInTheDocument();
  });
});
