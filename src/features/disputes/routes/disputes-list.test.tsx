import { configure, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { useScenarios } from '../../../../mocks/testing';
import { setViewportWidth } from '@/testing/match-media';
import { renderApp } from '@/testing/render-app';

configure({ asyncUtilTimeout: 5000 });

const table = () => screen.findByRole('table');

function rowHeaders(tableElement: HTMLElement) {
  return within(tableElement)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

function columnHeader(tableElement: HTMLElement, name: string) {
  return within(tableElement).getByRole('columnheader', { name: new RegExp(name) });
}

describe('Litiges — la liste', () => {
  it('opens on « À traiter », nearest deadline first, with counts and days left', async () => {
    renderApp('/litiges', { as: 'marie.durand' });
    const list = await table();
    expect(screen.getByRole('heading', { level: 1, name: 'Gestion des litiges' })).toBeVisible();
    const tabs = within(screen.getByRole('navigation', { name: 'Litiges par état' }));
    expect(tabs.getByRole('link', { name: /^À traiter.*10 litiges$/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(tabs.getByRole('link', { name: /^En cours d’examen/ })).toHaveAttribute(
      'href',
      '/litiges?tab=en-cours',
    );
    expect(columnHeader(list, 'Date limite de réponse')).toHaveAttribute('aria-sort', 'ascending');
    const rows = within(list).getAllByRole('row').slice(1);
    const row = (index: number) => {
      const found = rows[index];
      if (!found) throw new Error(`No row ${index}`);
      return found;
    };
    expect(rows).toHaveLength(10);
    // Demo data: one case due today, one tomorrow; both urgent, said in words.
    expect(within(row(0)).getByText('aujourd’hui')).toBeInTheDocument();
    expect(within(row(0)).getByText('Urgent :')).toBeInTheDocument();
    expect(within(row(1)).getByText('J-1')).toBeInTheDocument();
    expect(within(row(1)).getByText('1 jour restant pour répondre')).toBeInTheDocument();
    expect(within(row(4)).getByText('J-6')).toBeInTheDocument();
    expect(within(row(4)).queryByText('Urgent :')).toBeNull();
  });

  it('on a phone, shows one card per case and sorts from a choice, in the URL', async () => {
    setViewportWidth(390);
    const { user, router } = renderApp('/litiges', { as: 'marie.durand' });
    const cards = await screen.findByRole('region', { name: /^À traiter\s: 1 à 10 sur 10,/ });
    expect(screen.queryByRole('table')).toBeNull();
    const items = within(cards).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    const first = within(items[0] as HTMLElement);
    expect(first.getByRole('link', { name: /^LT-/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/litiges\/LT-/),
    );
    expect(first.getByText('Montant en litige').nextElementSibling).toHaveTextContent(
      /\d,\d{2}\s€/,
    );
    expect(first.getByText('Date limite de réponse').nextElementSibling).toHaveTextContent(
      /\d{2}\/\d{2}\/\d{4}/,
    );
    expect(first.getByText('Motif').nextElementSibling).toHaveTextContent(/^[A-Z]\d{2} /);

    const sort = within(cards).getByRole('combobox', { name: 'Trier par' });
    expect(sort).toHaveDisplayValue('Date limite de réponse, ordre croissant');
    await user.selectOptions(sort, 'Montant en litige, ordre décroissant');
    await waitFor(() => expect(router.state.location.search).toBe('?sort=amount&order=desc'));

    setViewportWidth(1024);
    expect(await screen.findByRole('table')).toBeVisible();
  });

  it('sorts by a column, keeps it in the URL, and Back restores the previous order', async () => {
    const { user, router } = renderApp('/litiges?tab=clos', { as: 'marie.durand' });
    const list = await table();
    const before = rowHeaders(list);
    await user.click(within(list).getByRole('button', { name: /Montant en litige/ }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?tab=clos&sort=amount&order=desc'),
    );
    await waitFor(() =>
      expect(columnHeader(screen.getByRole('table'), 'Montant en litige')).toHaveAttribute(
        'aria-sort',
        'descending',
      ),
    );
    // The previous order stays on screen until the sorted page arrives.
    await waitFor(() => {
      const amounts = within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          Number(
            ((row as HTMLTableRowElement).cells[3]?.textContent ?? '')
              .replace(/[^\d,]/g, '')
              .replace(',', '.'),
          ),
        );
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    });
    await user.click(
      within(screen.getByRole('table')).getByRole('button', { name: /Montant en litige/ }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?tab=clos&sort=amount'));
    await router.navigate(-1);
    await router.navigate(-1);
    await waitFor(() => expect(rowHeaders(screen.getByRole('table'))).toEqual(before));
    expect(columnHeader(screen.getByRole('table'), 'Date limite')).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('pages through 5,000 disputes 25 at a time, the page in the URL', async () => {
    await useScenarios('nombreux-litiges');
    const { user, router } = renderApp('/litiges?tab=clos', { as: 'marie.durand' });
    const list = await table();
    // The tab says its count as French writes it: « Clos, 2 345 litiges » (narrow no-break space).
    const tab = screen.getByRole('link', { name: /^Clos, \d\u202f\d{3} litiges$/ });
    const clos = Number(tab.textContent?.match(/\d\u202f\d{3}/)?.[0].replace('\u202f', ''));
    expect(clos).toBeGreaterThan(2000);
    const pages = Math.ceil(clos / 25);
    expect(within(list).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText(`Page 1 sur ${pages}`)).toBeVisible();
    const firstPage = rowHeaders(list);
    await user.click(screen.getByRole('link', { name: 'Page suivante' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=clos&page=2'));
    await screen.findByText(`Page 2 sur ${pages}`);
    await waitFor(() => expect(rowHeaders(screen.getByRole('table'))).not.toEqual(firstPage));
    expect(rowHeaders(screen.getByRole('table'))).toHaveLength(25);
    await router.navigate(-1);
    await screen.findByText(`Page 1 sur ${pages}`);
    await waitFor(() => expect(rowHeaders(screen.getByRole('table'))).toEqual(firstPage));
  });

  it('filters by type and searches by case number or card reference', async () => {
    const { user, router } = renderApp('/litiges?tab=clos', { as: 'marie.durand' });
    const list = await table();
    const [someCase = ''] = rowHeaders(list);
    await user.selectOptions(screen.getByLabelText('Type'), 'Demande d’informations');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?tab=clos&type=demande-informations'),
    );
    await waitFor(() => {
      const types = within(screen.getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => (row as HTMLTableRowElement).cells[1]?.textContent);
      expect(new Set(types)).toEqual(new Set(['Demande d’informations']));
    });

    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=clos'));
    // The form starts again from the URL's (now empty) filters.
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Effacer les filtres' })).toBeNull(),
    );
    const search = screen.getByLabelText('Numéro de dossier ou référence du titulaire');
    await user.type(search, someCase.slice(-6).toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    await waitFor(() => expect(rowHeaders(screen.getByRole('table'))).toEqual([someCase]));
    expect(router.state.location.search).toBe(`?tab=clos&q=${someCase.slice(-6).toLowerCase()}`);

    await user.clear(screen.getByLabelText('Numéro de dossier ou référence du titulaire'));
    await user.type(screen.getByLabelText('Numéro de dossier ou référence du titulaire'), 'ZZZZ');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(
      await screen.findByText(
        'Aucun litige ne correspond à ces critères. Modifiez les filtres ou effacez-les.',
      ),
    ).toBeVisible();
  });

  it('filters by the card’s last digits, an amount range and the reason, kept in the URL and the CSV', async () => {
    const mine = db.disputes.findMany((q) =>
      q.where({ numeroCommercant: '9400000011', statut: 'clos-en-faveur-du-titulaire' }),
    );
    const target = mine[0];
    if (!target) throw new Error('marie.durand has no case lost');
    const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
    const { user, router } = renderApp('/litiges?tab=clos', { as: 'marie.durand' });
    await table();
    await user.type(
      screen.getByLabelText('4 derniers chiffres de la carte'),
      target.derniersChiffresCarte,
    );
    await user.type(screen.getByLabelText('Montant minimum (€)'), euros(target.montantConteste));
    await user.type(screen.getByLabelText('Montant maximum (€)'), euros(target.montantConteste));
    await user.selectOptions(screen.getByLabelText('Motif'), target.motif);
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    const amount = (target.montantConteste / 100).toString();
    await waitFor(() =>
      expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
        tab: 'clos',
        carte: target.derniersChiffresCarte,
        min: amount,
        max: amount,
        motif: target.motif,
      }),
    );
    const expected = mine
      .filter(
        (dispute) =>
          dispute.derniersChiffresCarte === target.derniersChiffresCarte &&
          dispute.montantConteste === target.montantConteste &&
          dispute.motif === target.motif,
      )
      .map((dispute) => dispute.numeroDossier);
    await waitFor(() => expect(rowHeaders(screen.getByRole('table'))).toEqual(expected));
    // The form shows the amounts as typed, in French.
    expect(screen.getByLabelText('Montant minimum (€)')).toHaveValue(
      euros(target.montantConteste).replace(/,?0+$/, ''),
    );

    const exports: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('/litiges/export')) exports.push(request.url);
    });
    await user.click(screen.getByRole('button', { name: /Exporter/ }));
    await waitFor(() => expect(exports).toHaveLength(1));
    const exported = new URL(exports[0] ?? '').searchParams;
    expect(exported.get('carte')).toBe(target.derniersChiffresCarte);
    expect(exported.get('min')).toBe(amount);
    expect(exported.get('motif')).toBe(target.motif);
  });

  it('refuses a card number that is not 4 digits and an inverted amount range, on the fields', async () => {
    const { user, router } = renderApp('/litiges?tab=clos', { as: 'marie.durand' });
    await table();
    await user.type(screen.getByLabelText('4 derniers chiffres de la carte'), '12a');
    await user.type(screen.getByLabelText('Montant minimum (€)'), '50');
    await user.type(screen.getByLabelText('Montant maximum (€)'), '10,5');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    expect(screen.getByLabelText('4 derniers chiffres de la carte')).toHaveAccessibleDescription(
      /Saisissez les 4 derniers chiffres de la carte/,
    );
    expect(screen.getByLabelText('Montant maximum (€)')).toHaveAccessibleDescription(
      /Le montant maximum doit être égal ou supérieur au montant minimum/,
    );
    expect(router.state.location.search).toBe('?tab=clos');
  });

  it('refuses an inverted date range, pointing at the end date', async () => {
    const { user, router } = renderApp('/litiges?tab=clos', { as: 'marie.durand' });
    await table();
    const from = screen.getByLabelText('Ouverts à partir du');
    const to = screen.getByLabelText('Ouverts jusqu’au');
    await user.type(from, '2026-06-01');
    await user.type(to, '2026-05-01');
    await user.click(screen.getByRole('button', { name: 'Filtrer' }));
    const message = 'La date de fin doit être égale ou postérieure à la date de début.';
    expect(await screen.findByRole('link', { name: message })).toBeVisible();
    expect(screen.getByLabelText('Ouverts jusqu’au')).toHaveAccessibleDescription(
      expect.stringContaining(message),
    );
    expect(router.state.location.search).toBe('?tab=clos');
  });

  it('says when a tab is empty', async () => {
    await useScenarios('aucun-litige');
    renderApp('/litiges?tab=en-cours', { as: 'marie.durand' });
    expect(await screen.findByText('Aucun litige en cours d’examen.')).toBeVisible();
  });

  it('shows an error with « Réessayer », which loads the list', async () => {
    // Down until the merchant asks again: the page's call started with the navigation, and the
    // page tries once more when it opens.
    let down = true;
    server.use(
      http.get('*/api/litiges', () =>
        down ? HttpResponse.json({ code: 'ERREUR_SERVEUR' }, { status: 500 }) : undefined,
      ),
    );
    const { user } = renderApp('/litiges', { as: 'marie.durand' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('La liste des litiges n’a pas pu être chargée.');
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await table()).toBeVisible();
  });

  it('asks an account without the dispute tool to activate it', async () => {
    renderApp('/litiges', { as: 'paul.lefebvre' });
    const prompt = await screen.findByRole('region', { name: 'Activez la gestion des litiges' });
    expect(
      within(prompt).getByRole('link', { name: 'Activer la gestion des litiges' }),
    ).toHaveAttribute('href', '/litiges/activation');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
