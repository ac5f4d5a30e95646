import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setBaseLatency } from '../../../../mocks/http';
import { server } from '../../../../mocks/node';
import { setActiveScenarios } from '../../../../mocks/scenarios/active';
import { serverState } from '../../../../mocks/server-state';
import { readSession } from '@/features/auth/api/session-store';
import { activateDisputeManagement } from '../api/activate';
import { renderApp } from '@/testing/render-app';

// Lazy pages compile on first use; on a shared, busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

type User = ReturnType<typeof renderApp>['user'];

function activationRequests() {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    const url = new URL(request.url);
    if (request.method === 'POST' && url.pathname === '/api/compte/gestion-litiges') {
      bodies.push(await request.clone().json());
    }
  });
  return bodies;
}

const step = (number: number) => new RegExp(`Étape ${number} sur 3`);

async function acceptConditions(user: User) {
  await screen.findByRole('heading', { level: 1, name: step(1) });
  await user.click(
    screen.getByRole('checkbox', { name: /les avis de litiges ne me seront plus envoyés/ }),
  );
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await screen.findByRole('heading', { level: 1, name: step(2) });
}

async function toReview(user: User, email?: string) {
  await acceptConditions(user);
  if (email !== undefined) {
    const field = screen.getByLabelText('Adresse e-mail des notifications');
    await user.clear(field);
    await user.type(field, email);
  }
  await user.click(screen.getByRole('button', { name: 'Continuer' }));
  await screen.findByRole('heading', { level: 1, name: step(3) });
}

describe('Activation de la gestion des litiges', () => {
  it('step 1 requires the acknowledgement that notices will only be online', async () => {
    const { user } = renderApp('/litiges/activation', { as: 'paul.lefebvre' });
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: /^Activer la gestion des litiges Étape 1 sur 3\s:\sConditions$/,
    });
    // The document's first page: focus stays at its top.
    expect(heading).not.toHaveFocus();
    await waitFor(() =>
      expect(document.title).toMatch(
        /^Étape 1 sur 3\s:\sConditions – Activer la gestion des litiges · Espace commerçant$/,
      ),
    );
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Conditions');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    const checkbox = screen.getByRole('checkbox', { name: /ne me seront plus envoyés/ });
    expect(checkbox).toHaveAttribute('aria-invalid', 'true');
    expect(checkbox).toHaveAccessibleDescription(
      /Cochez la case pour confirmer que vous avez compris/,
    );
    // The error summary takes focus and links to the checkbox.
    const summary = screen.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(within(summary).getByRole('link', { name: /Cochez la case/ }));
    expect(checkbox).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: step(1) })).toBeInTheDocument();
  });

  it('step 2 defaults to the account address and checks it', async () => {
    const { user } = renderApp('/litiges/activation', { as: 'paul.lefebvre' });
    await acceptConditions(user);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(screen.getByRole('checkbox', { name: 'Ouverture d’un litige' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Mise à jour d’un litige' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Rappels avant la date limite' })).toBeChecked();
    const email = screen.getByLabelText('Adresse e-mail des notifications');
    expect(email).toHaveValue('paul.lefebvre@librairie-lefebvre.fr');

    await user.clear(email);
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(email).toHaveAccessibleDescription(/Saisissez l’adresse qui recevra les notifications/);

    await user.type(email, 'paul@');
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(email).toHaveAccessibleDescription(/Cette adresse e-mail n’est pas valide/);

    // No notification wanted: no address needed.
    await user.clear(email);
    await user.click(screen.getByRole('checkbox', { name: 'Ouverture d’un litige' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mise à jour d’un litige' }));
    // The reminders go to that address too.
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    expect(email).toHaveAccessibleDescription(/Saisissez l’adresse qui recevra les notifications/);
    await user.click(screen.getByRole('checkbox', { name: 'Rappels avant la date limite' }));
    await user.click(screen.getByRole('button', { name: 'Continuer' }));
    await screen.findByRole('heading', { level: 1, name: step(3) });
    expect(screen.getByText('Aucune notification')).toBeInTheDocument();
    expect(screen.getByText('Non')).toBeInTheDocument();
  });

  it('goes back without losing answers', async () => {
    const { user } = renderApp('/litiges/activation', { as: 'paul.lefebvre' });
    await toReview(user, 'compta@librairie-lefebvre.fr');
    await user.click(screen.getByRole('button', { name: 'Modifier les notifications' }));
    expect(await screen.findByLabelText('Adresse e-mail des notifications')).toHaveValue(
      'compta@librairie-lefebvre.fr',
    );
    await user.click(screen.getByRole('button', { name: 'Retour' }));
    expect(
      await screen.findByRole('checkbox', { name: /ne me seront plus envoyés/ }),
    ).toBeChecked();
  });

  it('activates, confirms, and the dashboard shows the tool with no reload', async () => {
    const bodies = activationRequests();
    const { user, router } = renderApp('/litiges/activation', {
      as: 'paul.lefebvre',
    });
    await toReview(user, ' Compta@Librairie-Lefebvre.FR ');
    expect(
      screen.getByText('Uniquement en ligne : plus d’avis par voie postale'),
    ).toBeInTheDocument();
    expect(screen.getByText('Ouverture et mise à jour d’un litige')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirmer l’activation' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'La gestion des litiges est activée.' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Vous recevrez un e-mail à Compta@librairie-lefebvre.fr (ouverture et mise à jour d’un litige).',
      ),
    ).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        conditionsAcceptees: true,
        notifications: {
          ouverture: true,
          miseAJour: true,
          rappels: true,
          email: 'Compta@librairie-lefebvre.fr',
        },
      },
    ]);
    expect(
      sessionStorage.getItem('espace-commercant:brouillon:activation:paul.lefebvre'),
    ).toBeNull();

    await user.click(
      screen.getByRole('link', { name: 'Aller à la page récapitulative de votre compte' }),
    );
    await screen.findByRole('heading', { name: 'Page récapitulative de votre compte' });
    expect(router.state.location.pathname).toBe('/tableau-de-bord');
    expect(await screen.findByRole('heading', { name: 'Vos litiges' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Gérez vos litiges en ligne' })).toBeNull();
    const services = within(screen.getByRole('region', { name: 'Vos services' }));
    expect(services.getByText('activée')).toBeInTheDocument();
    expect(services.getByText('en ligne uniquement')).toBeInTheDocument();
    expect(services.getByText('à Compta@librairie-lefebvre.fr')).toBeInTheDocument();
    expect(readSession()).toMatchObject({
      user: { gestionLitiges: true },
    });
  });

  it('sends one request for a double click', async () => {
    setBaseLatency(150);
    const bodies = activationRequests();
    const { user } = renderApp('/litiges/activation', { as: 'paul.lefebvre' });
    await toReview(user);
    await user.dblClick(screen.getByRole('button', { name: 'Confirmer l’activation' }));
    await screen.findByRole('heading', { level: 1, name: 'La gestion des litiges est activée.' });
    expect(bodies).toHaveLength(1);
  });

  it('keeps one subscription when another tab activated first', async () => {
    const { user } = renderApp('/litiges/activation', { as: 'paul.lefebvre' });
    await toReview(user, 'onglet2@librairie-lefebvre.fr');
    // The other tab: same session, its own answers, confirmed first.
    const first = await activateDisputeManagement({
      conditionsAcceptees: true,
      notifications: {
        ouverture: true,
        miseAJour: false,
        rappels: true,
        email: 'onglet1@librairie-lefebvre.fr',
      },
    });
    expect(first.dejaActive).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Confirmer l’activation' }));
    expect(
      await screen.findByText('La gestion des litiges est déjà activée pour votre compte.'),
    ).toBeInTheDocument();
    // The first tab's choices were kept, not overwritten by the second.
    expect(await screen.findByText('à onglet1@librairie-lefebvre.fr')).toBeInTheDocument();
  });

  it('keeps the answers when the server fails, and retries', async () => {
    setActiveScenarios(['erreur-activation']);
    const { user } = renderApp('/litiges/activation', { as: 'paul.lefebvre' });
    await toReview(user, 'compta@librairie-lefebvre.fr');
    await user.click(screen.getByRole('button', { name: 'Confirmer l’activation' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le service est momentanément indisponible');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.getByText('compta@librairie-lefebvre.fr')).toBeInTheDocument();

    setActiveScenarios([]);
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'La gestion des litiges est activée.' }),
    ).toBeInTheDocument();
  });

  it('keeps the answers across an expired session and the new login', async () => {
    const { user, router } = renderApp('/litiges/activation', { as: 'paul.lefebvre' });
    await toReview(user, 'compta@librairie-lefebvre.fr');
    serverState.expireNextCall = true;
    await user.click(screen.getByRole('button', { name: 'Confirmer l’activation' }));
    await screen.findByRole('heading', { level: 1, name: 'Connexion' });
    expect(screen.getByText(/Votre session a pris fin/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Identifiant'), 'paul.lefebvre');
    await user.type(screen.getByLabelText('Mot de passe'), 'Activer-Demo-2026');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: step(3) })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/litiges/activation');
    expect(
      screen.getByText('Nous avons conservé les réponses que vous aviez saisies.'),
    ).toBeInTheDocument();
    expect(screen.getByText('compta@librairie-lefebvre.fr')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirmer l’activation' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'La gestion des litiges est activée.' }),
    ).toBeInTheDocument();
  });

  it('sends an account already subscribed to the dashboard, with a message', async () => {
    const { router } = renderApp('/litiges/activation', { as: 'marie.durand' });
    expect(
      await screen.findByText('La gestion des litiges est déjà activée pour votre compte.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tableau-de-bord');
  });

  it('keeps anonymous visitors out', async () => {
    const { router } = renderApp('/litiges/activation');
    await screen.findByRole('heading', { name: 'Connexion' });
    expect(router.state.location.search).toBe('?redirectTo=%2Flitiges%2Factivation');
  });
});
