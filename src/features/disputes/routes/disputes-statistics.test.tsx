import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { generateDisputes } from '../../../../mocks/fixtures/disputes';
import { disputeStatistics } from '../../../../mocks/handlers/disputes-statistics';
import { parisToday } from '../../../../mocks/lib/today';
import { server } from '../../../../mocks/node';
import { useScenarios } from '../../../../mocks/testing';
import { formatAmount, formatNumber } from '@/lib/format';
import { formatPercent } from '../format';
import { renderApp } from '@/testing/render-app';

configure({ asyncUtilTimeout: 5000 });

const MERCHANT = '9400000011';

/** What the mock API computes for marie.durand today: the figures the page must show. */
function expected(periode: 3 | 6 | 12) {
  const mine = db.disputes.findMany((q) => q.where({ numeroCommercant: MERCHANT }));
  return disputeStatistics(mine, parisToday(), periode);
}

function table(caption: RegExp) {
  return screen.findByRole('table', { name: caption });
}

/** The value cell of a figure's row, by the start of its row header. */
function figure(summary: HTMLElement, label: string) {
  const header = within(summary)
    .getAllByRole('rowheader')
    .find((cell) => cell.textContent?.startsWith(label));
  if (!header) throw new Error(`No row « ${label} »`);
  return header.nextElementSibling?.textContent;
}

function monthRows(months: HTMLElement) {
  return within(months).getAllByRole('row').slice(1);
}

/** Requests the page sent to the statistics endpoint, as `periode` values. */
function statisticsRequests() {
  const periods: (string | null)[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/litiges/statistiques')) {
      periods.push(url.searchParams.get('periode'));
    }
  });
  return periods;
}

describe('Litiges — les statistiques', () => {
  it('shows the figures of the last 6 months in tables, as the API computed them', async () => {
    const stats = expected(6);
    renderApp('/litiges/statistiques', { as: 'marie.durand' });
    const summary = await table(/^Litiges ouverts du \d{2}\/\d{2}\/\d{4} au/);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Statistiques des litiges' }),
    ).toBeVisible();
    expect(screen.getByRole('radio', { name: '6 derniers mois' })).toBeChecked();
    expect(figure(summary, 'Litiges ouverts')).toBe(formatNumber(stats.dossiers.ouverts, 'fr'));
    expect(figure(summary, 'Acceptés')).toBe(String(stats.dossiers.acceptes));
    expect(figure(summary, 'Contestés')).toBe(String(stats.dossiers.contestes));
    expect(figure(summary, 'Gagnés')).toBe(String(stats.dossiers.gagnes));
    expect(figure(summary, 'Perdus')).toBe(String(stats.dossiers.perdus));
    expect(figure(summary, 'Taux de réussite')).toBe(
      stats.tauxReussite === null ? '—' : formatPercent(stats.tauxReussite, 'fr'),
    );
    expect(figure(summary, 'Montant en jeu')).toBe(formatAmount(stats.montants.enJeu, 'fr'));
    expect(figure(summary, 'Montant récupéré')).toBe(formatAmount(stats.montants.recupere, 'fr'));
    expect(figure(summary, 'Montant perdu')).toBe(formatAmount(stats.montants.perdu, 'fr'));

    const months = screen.getByRole('table', { name: /^Litiges ouverts par mois/ });
    expect(monthRows(months)).toHaveLength(6);
    expect(monthRows(months).map((row) => Number(row.querySelector('td')?.textContent))).toEqual(
      stats.parMois.map((month) => month.ouverts),
    );
    // The chart is a labelled image that points to the table; its figures are the table's.
    expect(
      screen.getByRole('img', { name: /^Diagramme en barres des litiges ouverts par mois/ }),
    ).toHaveAccessibleName(expect.stringContaining('les chiffres sont dans le tableau qui suit'));

    const reasons = screen.getByRole('table', { name: /^Motifs les plus fréquents/ });
    const reasonRows = within(reasons).getAllByRole('rowheader');
    expect(reasonRows.map((cell) => cell.textContent?.slice(0, 3))).toEqual(
      stats.motifs.map((motif) => motif.code),
    );
    expect(reasonRows).toHaveLength(5);
    // The label of the code, from the reason codes' texts.
    expect(reasonRows[0]?.textContent?.length).toBeGreaterThan(5);
  });

  it('changes the period from the keyboard: the URL, the request and the figures follow', async () => {
    const periods = statisticsRequests();
    const { user, router } = renderApp('/litiges/statistiques', { as: 'marie.durand' });
    await table(/^Litiges ouverts par mois/);
    screen.getByRole('radio', { name: '6 derniers mois' }).focus();
    await user.keyboard('{ArrowLeft}');
    // Checked at once, not only once the address has changed.
    expect(screen.getByRole('radio', { name: '3 derniers mois' })).toBeChecked();
    expect(screen.getByRole('radio', { name: '3 derniers mois' })).toHaveFocus();
    await waitFor(() => expect(router.state.location.search).toBe('?periode=3'));
    await waitFor(() =>
      expect(
        monthRows(screen.getByRole('table', { name: /^Litiges ouverts par mois/ })),
      ).toHaveLength(3),
    );
    const stats = expected(3);
    expect(
      figure(screen.getByRole('table', { name: /^Litiges ouverts du/ }), 'Litiges ouverts'),
    ).toBe(formatNumber(stats.dossiers.ouverts, 'fr'));
    expect(periods).toEqual(['6', '3']);

    await user.click(screen.getByRole('radio', { name: '12 derniers mois' }));
    expect(screen.getByRole('radio', { name: '12 derniers mois' })).toBeChecked();
    await waitFor(() => expect(router.state.location.search).toBe('?periode=12'));
    await waitFor(() =>
      expect(
        monthRows(screen.getByRole('table', { name: /^Litiges ouverts par mois/ })),
      ).toHaveLength(12),
    );
    // Back restores the previous period.
    await router.navigate(-1);
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: '3 derniers mois' })).toBeChecked(),
    );
  });

  it('reads the period from the URL, and an unknown one as the default', async () => {
    renderApp('/litiges/statistiques?periode=12', { as: 'marie.durand' });
    await table(/^Litiges ouverts par mois/);
    expect(screen.getByRole('radio', { name: '12 derniers mois' })).toBeChecked();
    expect(
      monthRows(screen.getByRole('table', { name: /^Litiges ouverts par mois/ })),
    ).toHaveLength(12);
  });

  it('falls back to 6 months for a period it does not offer', async () => {
    renderApp('/litiges/statistiques?periode=5', { as: 'marie.durand' });
    await table(/^Litiges ouverts par mois/);
    expect(screen.getByRole('radio', { name: '6 derniers mois' })).toBeChecked();
  });

  it('exports the figures on screen as a CSV for a French spreadsheet', async () => {
    const stats = expected(6);
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:statistiques';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const { user } = renderApp('/litiges/statistiques', { as: 'marie.durand' });
    await table(/^Litiges ouverts du/);
    await user.click(screen.getByRole('button', { name: 'Exporter les chiffres (CSV)' }));
    expect(await screen.findByText(/^Export prêt : les chiffres du/)).toBeVisible();
    expect(names).toEqual([`statistiques-litiges-6-${stats.au}.csv`]);
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    // A byte order mark first, so a spreadsheet reads the accents as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n');
    const euros = (cents: number) =>
      `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
    expect(lines.slice(0, 13)).toEqual([
      'Indicateur;Valeur',
      `Du;${stats.du.split('-').reverse().join('/')}`,
      `Au;${stats.au.split('-').reverse().join('/')}`,
      `Litiges ouverts;${stats.dossiers.ouverts}`,
      `Acceptés;${stats.dossiers.acceptes}`,
      `Contestés;${stats.dossiers.contestes}`,
      `Gagnés;${stats.dossiers.gagnes}`,
      `Perdus;${stats.dossiers.perdus}`,
      `Expirés;${stats.dossiers.expires}`,
      `Taux de réussite (%);${
        stats.tauxReussite === null
          ? ''
          : String(Math.round(stats.tauxReussite * 1000) / 10).replace('.', ',')
      }`,
      `Montant en jeu (EUR);${euros(stats.montants.enJeu)}`,
      `Montant récupéré (EUR);${euros(stats.montants.recupere)}`,
      `Montant perdu (EUR);${euros(stats.montants.perdu)}`,
    ]);
    expect(lines[13]).toBe('');
    expect(lines[14]).toBe('Mois;Litiges ouverts');
    expect(lines.slice(15, 21)).toEqual(
      stats.parMois.map(({ mois, ouverts }) => `${mois.slice(5)}/${mois.slice(0, 4)};${ouverts}`),
    );
    expect(lines[22]).toBe('Code motif;Motif;Litiges');
    expect(lines.slice(23).map((line) => line.split(';')[0])).toEqual(
      stats.motifs.map((motif) => motif.code),
    );
  });

  it('says « — » and why when no contested case is decided yet', async () => {
    await useScenarios('aucun-litige');
    const [template] = generateDisputes({
      count: 1,
      seed: 7,
      today: parisToday(),
      merchantNumber: MERCHANT,
    });
    if (!template) throw new Error('No dispute generated');
    await db.disputes.create({
      ...template,
      statut: 'en-cours-examen',
      dateOuverture: parisToday(),
      reponseCommercant: {
        decision: 'contestee',
        explication: 'Livrée et signée.',
        date: parisToday(),
      },
    });
    renderApp('/litiges/statistiques', { as: 'marie.durand' });
    const summary = await table(/^Litiges ouverts du/);
    expect(figure(summary, 'Contestés')).toBe('1');
    expect(figure(summary, 'Taux de réussite')).toBe('—');
    expect(
      within(summary).getByRole('rowheader', {
        name: /^Taux de réussite.*Aucun litige contesté n’a encore été tranché sur cette période/,
      }),
    ).toBeVisible();
  });

  it('says when no case was opened in the period, and offers no export', async () => {
    await useScenarios('aucun-litige');
    renderApp('/litiges/statistiques?periode=3', { as: 'marie.durand' });
    expect(
      await screen.findByText(/^Aucun litige n’a été ouvert du \d{2}\/\d{2}\/\d{4} au/),
    ).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: /Exporter/ })).toBeNull();
    expect(screen.getByRole('radio', { name: '3 derniers mois' })).toBeChecked();
  });

  it('shows an error with « Réessayer », which loads the figures', async () => {
    // Down until the merchant asks again: the page's call started with the navigation, and the
    // page tries once more when it opens.
    let down = true;
    server.use(
      http.get('*/api/litiges/statistiques', () =>
        down ? HttpResponse.json({ code: 'ERREUR_SERVEUR' }, { status: 500 }) : undefined,
      ),
    );
    const { user } = renderApp('/litiges/statistiques', { as: 'marie.durand' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Les statistiques n’ont pas pu être chargées.');
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await table(/^Litiges ouverts du/)).toBeVisible();
  });

  it('asks an account without the dispute tool to activate it', async () => {
    const periods = statisticsRequests();
    renderApp('/litiges/statistiques', { as: 'paul.lefebvre' });
    const prompt = await screen.findByRole('region', { name: 'Activez la gestion des litiges' });
    expect(
      within(prompt).getByRole('link', { name: 'Activer la gestion des litiges' }),
    ).toHaveAttribute('href', '/litiges/activation');
    expect(screen.queryByRole('table')).toBeNull();
    expect(periods).toEqual([]);
  });

  it('is linked from the list and the navigation, which marks it as the current page', async () => {
    const { user } = renderApp('/litiges', { as: 'marie.durand' });
    await user.click(
      await screen.findByRole('link', { name: 'Voir les statistiques des litiges' }),
    );
    await table(/^Litiges ouverts du/);
    const nav = within(screen.getByRole('navigation', { name: 'Mon espace' }));
    expect(nav.getByRole('link', { name: 'Statistiques' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Litiges' })).not.toHaveAttribute('aria-current');
  });
});
