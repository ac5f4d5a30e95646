import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../../mocks/node';
import { logInAs, setMockClock, useScenarios } from '../../../../mocks/testing';
import { renderApp } from '@/testing/render-app';

// Lazy pages compile on first use; on a shared, busy machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

const HEADING = 'Page récapitulative de votre compte';

function requestsTo(pathname: string) {
  const calls: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (new URL(request.url).pathname === pathname) calls.push(request.method);
  });
  return calls;
}

function definition(term: string) {
  const dt = screen.getByText(term, { selector: 'dt' });
  return dt.nextElementSibling as HTMLElement;
}

describe('Page récapitulative — compte abonné (marie.durand)', () => {
  it('says « aujourd’hui » for a deadline on the server’s day, not the device’s', async () => {
    const answer = (date: string) =>
      server.use(
        http.get('/api/litiges/synthese', () =>
          HttpResponse.json({
            aTraiter: 1,
            enCours: 0,
            closRecents: 0,
            prochaineEcheance: { date, numeroDossier: 'LT-2026-000123' },
            echeancesProches: { nombre: 1, jours: 3 },
            aujourdhui: '2031-03-14',
          }),
        ),
      );
    answer('2031-03-14');
    const { unmount } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    await screen.findByRole('link', { name: 'aujourd’hui, dossier LT-2026-000123' });
    unmount();

    answer('2031-03-15');
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    await screen.findByRole('link', { name: '15/03/2031, dossier LT-2026-000123' });
  });

  it('shows the establishment, the user and the services, with the IBAN masked', async () => {
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    await screen.findByRole('heading', { name: HEADING, level: 1 });
    expect(definition('Raison sociale')).toHaveTextContent('Boulangerie Durand');
    expect(definition('Numéro de commerçant')).toHaveTextContent('9400000011');
    expect(definition('SIRET')).toHaveTextContent('812 345 676 00017');
    const iban = definition('IBAN');
    expect(iban).toHaveTextContent('•••• •••• •••• •••• •••• •••0 104');
    expect(iban).toHaveTextContent('IBAN masqué, se terminant par 0104');
    expect(document.body).not.toHaveTextContent(/3000\s?4008/);
    expect(definition('Identifiant')).toHaveTextContent('marie.durand');
    expect(definition('Adresse e-mail')).toHaveTextContent('marie.durand@boulangerie-durand.fr');
    expect(definition('Gestion des litiges')).toHaveTextContent('activée');
    expect(definition('Avis de litiges')).toHaveTextContent('en ligne uniquement');
    expect(definition('Notifications par e-mail')).toHaveTextContent(
      'activées : ouverture et mise à jour d’un litige',
    );
    expect(screen.getByRole('link', { name: 'Modifier les notifications' })).toHaveAttribute(
      'href',
      '/parametres/notifications',
    );
    expect(screen.queryByRole('heading', { name: 'Gérez vos litiges en ligne' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Plus tard' })).toBeNull();
  });

  it('summarises the disputes, each count linking to its view of the list', async () => {
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const section = within(await screen.findByRole('region', { name: 'Vos litiges' }));
    expect(await section.findByRole('link', { name: '10 litiges à traiter' })).toHaveAttribute(
      'href',
      '/litiges',
    );
    expect(section.getByRole('link', { name: /^\d+ litiges? en cours d’examen$/ })).toHaveAttribute(
      'href',
      '/litiges?tab=en-cours',
    );
    expect(
      section.getByRole('link', { name: /^\d+ litiges? clos ces 90 derniers jours$/ }),
    ).toHaveAttribute('href', '/litiges?tab=clos');
    // The demo data has one case due today (design: the « à traiter » tab is hand-picked).
    expect(
      section.getByRole('link', { name: /^aujourd’hui, dossier LT-\d{4}-\d{6}$/ }),
    ).toBeVisible();
  });

  it('writes counts as French does: « 1 204 litiges », « 1 000 000 de litiges »', async () => {
    server.use(
      http.get('/api/litiges/synthese', () =>
        HttpResponse.json({
          aTraiter: 1204,
          enCours: 1,
          closRecents: 1_000_000,
          prochaineEcheance: null,
          echeancesProches: { nombre: 0, jours: 3 },
          aujourdhui: '2031-03-14',
        }),
      ),
    );
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const section = within(await screen.findByRole('region', { name: 'Vos litiges' }));
    // Intl groups French digits with a narrow no-break space.
    expect(
      await section.findByRole('link', { name: '1\u202f204 litiges à traiter' }),
    ).toBeVisible();
    expect(section.getByRole('link', { name: '1 litige en cours d’examen' })).toBeVisible();
    expect(
      section.getByRole('link', {
        name: '1\u202f000\u202f000 de litiges clos ces 90 derniers jours',
      }),
    ).toBeVisible();
  });

  it('warns of the disputes due within 3 days, counted on the server’s day, with a link to them', async () => {
    // Moved to the evening before: the device's clock plays no part, the server's day does.
    setMockClock('2026-12-01T09:00');
    await useScenarios();
    setMockClock('2026-12-04T23:30');
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const section = within(await screen.findByRole('region', { name: 'Vos litiges' }));
    // Demo cases to handle are due on the 1st, 2nd, 3rd, 4th, 7th and 10th: on the 4th, the 4th and 7th.
    const notice = await section.findByRole('status');
    expect(notice).toHaveTextContent(
      '2 litiges à traiter arrivent à leur date limite de réponse d’ici 3 jours.',
    );
    expect(
      within(notice).getByRole('link', { name: 'Voir les litiges à traiter, par date limite' }),
    ).toHaveAttribute('href', '/litiges');
  });

  it('says it for one dispute too', async () => {
    server.use(
      http.get('/api/litiges/synthese', () =>
        HttpResponse.json({
          aTraiter: 3,
          enCours: 0,
          closRecents: 0,
          prochaineEcheance: { date: '2031-03-16', numeroDossier: 'LT-2026-000123' },
          echeancesProches: { nombre: 1, jours: 3 },
          aujourdhui: '2031-03-14',
        }),
      ),
    );
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    expect(
      await screen.findByText(
        '1 litige à traiter arrive à sa date limite de réponse d’ici 3 jours.',
      ),
    ).toBeVisible();
  });

  it('shows no such notice when no deadline is that close', async () => {
    setMockClock('2026-12-01T09:00');
    await useScenarios();
    // On the 15th, the nearest deadline left is the 19th: 4 days away.
    setMockClock('2026-12-15T12:00');
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const section = within(await screen.findByRole('region', { name: 'Vos litiges' }));
    await section.findByText('Prochaine date limite de réponse');
    expect(section.queryByRole('status')).toBeNull();
    expect(screen.queryByText(/date limite de réponse d’ici/)).toBeNull();
  });

  it('says so when there is no dispute', async () => {
    await useScenarios('aucun-litige');
    renderApp('/tableau-de-bord', { as: 'marie.durand' });
    expect(
      await screen.findByText(
        'Vous n’avez aucun litige à traiter ni en cours d’examen, et aucun n’a été clos ces 90 derniers jours.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Aucune réponse n’est attendue de vous.')).toBeInTheDocument();
  });

  it('explains a failed load and retries on demand', async () => {
    let failing = true;
    server.use(
      http.get('/api/compte', () =>
        failing ? HttpResponse.json({ code: 'ERREUR_SERVEUR' }, { status: 500 }) : undefined,
      ),
    );
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible d’afficher les informations de votre compte.');
    expect(alert).toHaveTextContent('Le service est momentanément indisponible');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('812 345 676 00017')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the message of a redirect', async () => {
    renderApp('/tableau-de-bord?info=deja-active', { as: 'marie.durand' });
    expect(
      await screen.findByText('La gestion des litiges est déjà activée pour votre compte.'),
    ).toBeInTheDocument();
  });

  it('switches to English', async () => {
    const { user } = renderApp('/tableau-de-bord', { as: 'paul.lefebvre' });
    await screen.findByRole('heading', { name: HEADING, level: 1 });
    await user.click(screen.getByRole('button', { name: 'English' }));
    try {
      expect(
        await screen.findByRole('heading', { name: 'Your account summary', level: 1 }),
      ).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Manage your disputes online' })).toBeVisible();
      expect(definition('Dispute notices')).toHaveTextContent('by post');
    } finally {
      await user.click(screen.getByRole('button', { name: 'Français' }));
      await screen.findByRole('heading', { name: HEADING, level: 1 });
    }
  });
});

describe('Page récapitulative — compte non abonné (paul.lefebvre)', () => {
  it('asks to activate the dispute tool, without blocking the page', async () => {
    const overviewCalls = requestsTo('/api/litiges/synthese');
    renderApp('/tableau-de-bord', { as: 'paul.lefebvre' });
    const prompt = within(
      await screen.findByRole('region', { name: 'Gérez vos litiges en ligne' }),
    );
    expect(
      prompt.getByText(/vous ne recevrez plus les avis de litiges par voie postale/),
    ).toBeVisible();
    expect(prompt.getByRole('link', { name: 'Activer' })).toHaveAttribute(
      'href',
      '/litiges/activation',
    );
    expect(definition('Raison sociale')).toHaveTextContent('Librairie Lefebvre');
    expect(definition('SIRET')).toHaveTextContent('798 765 434 00013');
    expect(definition('Gestion des litiges')).toHaveTextContent('non activée');
    expect(definition('Avis de litiges')).toHaveTextContent('par voie postale');
    expect(definition('Notifications par e-mail')).toHaveTextContent('désactivées');
    expect(screen.queryByRole('heading', { name: 'Vos litiges' })).toBeNull();
    expect(overviewCalls).toEqual([]);
  });

  it('« Plus tard » hides the prompt for this session only', async () => {
    const first = renderApp('/tableau-de-bord', { as: 'paul.lefebvre' });
    await first.user.click(await screen.findByRole('button', { name: 'Plus tard' }));
    expect(screen.queryByRole('heading', { name: 'Gérez vos litiges en ligne' })).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: HEADING, level: 1 })).toHaveFocus(),
    );
    // Still reachable from the services.
    expect(screen.getByRole('link', { name: 'Activer la gestion des litiges' })).toBeVisible();
    first.unmount();

    // Same session (a reload): still hidden.
    renderApp('/tableau-de-bord');
    await screen.findByText('798 765 434 00013');
    expect(screen.queryByRole('heading', { name: 'Gérez vos litiges en ligne' })).toBeNull();
  });

  it('brings the prompt back at the next login', async () => {
    const first = renderApp('/tableau-de-bord', { as: 'paul.lefebvre' });
    await first.user.click(await screen.findByRole('button', { name: 'Plus tard' }));
    first.unmount();
    logInAs('paul.lefebvre');
    renderApp('/tableau-de-bord');
    expect(
      await screen.findByRole('heading', { name: 'Gérez vos litiges en ligne' }),
    ).toBeInTheDocument();
  });
});
