import { configure, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { useScenarios } from '../../../../mocks/testing';
import { formatAmount } from '@/lib/format';
import { setViewportWidth } from '@/testing/match-media';
import { renderApp } from '@/testing/render-app';

configure({ asyncUtilTimeout: 5000 });

const caseBox = (numero: string) =>
  screen.getByRole('checkbox', { name: `Sélectionner le litige n°\u00a0${numero}` });
const pageBox = () =>
  screen.getByRole('checkbox', { name: 'Sélectionner tous les litiges de cette page' });
const acceptButton = () => screen.getByRole('button', { name: 'Accepter la sélection' });
const selectionStatus = () => screen.getByText(/litiges? sélectionnés?|Aucun litige sélectionné/);

/** What a user reads: the matchers see no-break spaces as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

async function caseNumbers(): Promise<string[]> {
  const table = await screen.findByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

function stored(numero: string) {
  const dispute = db.disputes.findFirst((q) => q.where({ numeroDossier: numero }));
  if (!dispute) throw new Error(`No case ${numero}`);
  return dispute;
}

/** The bodies of the bulk acceptances the mock API received. */
function bulkBodies() {
  const bodies: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    if (new URL(request.url).pathname === '/api/litiges/acceptations') {
      bodies.push(await request.clone().json());
    }
  });
  return bodies;
}

describe('Litiges — accepter la sélection', () => {
  it('ticks cases one by one or the whole page, and says how many in a live region', async () => {
    const { user } = renderApp('/litiges', { as: 'marie.durand' });
    const [first = '', second = ''] = await caseNumbers();
    // One live region, there from the start, its text replaced as the selection changes.
    const status = selectionStatus();
    expect(status).toHaveTextContent('Aucun litige sélectionné.');
    expect(status).toHaveAttribute('role', 'status');

    await user.click(caseBox(first));
    await user.click(caseBox(second));
    const amount = formatAmount(
      stored(first).montantConteste + stored(second).montantConteste,
      'fr',
    );
    expect(status).toHaveTextContent(plain(`2 litiges sélectionnés, ${amount} en litige.`));
    expect(pageBox()).toBePartiallyChecked();

    await user.click(pageBox());
    expect(pageBox()).toBeChecked();
    const boxes = screen.getAllByRole('checkbox', { name: /^Sélectionner le litige/ });
    expect(boxes).toHaveLength(10);
    boxes.forEach((box) => expect(box).toBeChecked());
    expect(status).toHaveTextContent(/^10 litiges sélectionnés/);

    await user.click(pageBox());
    expect(pageBox()).not.toBeChecked();
    expect(pageBox()).not.toBePartiallyChecked();
    expect(status).toHaveTextContent('Aucun litige sélectionné.');
  });

  it('shows no box nor action outside « À traiter »', async () => {
    renderApp('/litiges?tab=clos', { as: 'marie.durand' });
    await screen.findByRole('table', { name: /^Clos/ });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Accepter la sélection' })).toBeNull();
  });

  it('gives no box to another tab’s rows still on screen while « À traiter » loads', async () => {
    const { user } = renderApp('/litiges?tab=clos', { as: 'marie.durand' });
    await screen.findByRole('table', { name: /^Clos/ });
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // Answers nothing itself: once released, the request goes on to the mock API.
    server.use(http.get('*/api/litiges', () => held.then(() => undefined), { once: true }));
    await user.click(screen.getByRole('link', { name: /^À traiter/ }));
    expect(await screen.findByRole('button', { name: 'Accepter la sélection' })).toBeVisible();
    // The closed cases, dimmed, until the answer comes.
    expect(screen.getByRole('region', { busy: true })).toContainElement(screen.getByRole('table'));
    expect(screen.queryByRole('checkbox')).toBeNull();
    release();
    expect(
      await screen.findAllByRole('checkbox', { name: /^Sélectionner le litige/ }),
    ).toHaveLength(10);
  });

  it('on a phone, a box per card, the same selection as the table', async () => {
    setViewportWidth(390);
    const { user } = renderApp('/litiges', { as: 'marie.durand' });
    const cards = await screen.findByRole('region', { name: /^À traiter/ });
    const [first] = within(cards).getAllByRole('listitem');
    const numero = within(first as HTMLElement).getByRole('link').textContent ?? '';
    await user.click(within(first as HTMLElement).getByRole('checkbox'));
    expect(caseBox(numero)).toBeChecked();
    expect(pageBox()).toBePartiallyChecked();

    setViewportWidth(1024);
    await screen.findByRole('table');
    expect(caseBox(numero)).toBeChecked();
    expect(selectionStatus()).toHaveTextContent(/^1 litige sélectionné,/);
  });

  // Five pages of the 5,000 cases, each read by the mock API in jsdom: slow on a busy machine.
  it('says why nothing happens with no case selected, or more than 100', async () => {
    await useScenarios('nombreux-litiges');
    const { user } = renderApp('/litiges', { as: 'marie.durand' });
    await caseNumbers();
    await user.click(acceptButton());
    expect(screen.getByRole('alert')).toHaveTextContent(
      plain('Sélectionnez au moins un litige à accepter\u00a0: cochez la case de sa ligne.'),
    );
    expect(acceptButton()).toHaveAccessibleDescription(/Sélectionnez au moins un litige/);
    expect(screen.queryByRole('dialog')).toBeNull();

    // Five pages of 25: the selection is kept from page to page.
    for (let page = 1; page <= 5; page += 1) {
      // The page's own rows, not the previous page's still on screen while it loads.
      await screen.findByText(new RegExp(`^Page ${page} sur`), undefined, { timeout: 20_000 });
      await waitFor(() => expect(document.querySelector('[aria-busy]')).toBeNull());
      await user.click(pageBox());
      if (page < 5) await user.click(screen.getByRole('link', { name: 'Page suivante' }));
    }
    expect(selectionStatus()).toHaveTextContent(/^125 litiges sélectionnés/);
    await user.click(acceptButton());
    expect(screen.getByRole('alert')).toHaveTextContent(
      plain(
        'Vous avez sélectionné 125 litiges\u00a0: vous pouvez en accepter 100 au plus en une fois. Désélectionnez-en 25.',
      ),
    );
    expect(screen.queryByRole('dialog')).toBeNull();

    // Back to 100: the page on screen unticked, the action opens its dialog.
    await user.click(pageBox());
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(acceptButton());
    expect(
      await screen.findByRole('dialog', { name: 'Accepter 100 litiges\u00a0?' }),
    ).toBeVisible();
  }, 90_000);

  it('states the count, the total given up and what happens per type before accepting', async () => {
    const { user } = renderApp('/litiges', { as: 'marie.durand' });
    const numbers = await caseNumbers();
    const chargeback = numbers.find((n) => stored(n).type === 'action-compensatoire') ?? '';
    const inquiries = numbers.filter((n) => stored(n).type === 'demande-informations').slice(0, 2);
    for (const numero of [chargeback, ...inquiries]) await user.click(caseBox(numero));
    const cents = (list: string[]) => list.reduce((sum, n) => sum + stored(n).montantConteste, 0);

    await user.click(acceptButton());
    const dialog = within(await screen.findByRole('dialog', { name: 'Accepter 3 litiges\u00a0?' }));
    expect(
      dialog.getByText(
        plain(
          `Vous allez accepter 3 litiges, pour un montant en litige de ${formatAmount(cents([chargeback, ...inquiries]), 'fr')} au total. En acceptant, vous renoncez à les contester.`,
        ),
      ),
    ).toBeVisible();
    expect(
      dialog.getByText(
        plain(
          `1 débit compensatoire (${formatAmount(cents([chargeback]), 'fr')})\u00a0: le montant en litige, déjà débité de votre compte, reste acquis au titulaire de la carte.`,
        ),
      ),
    ).toBeVisible();
    expect(
      dialog.getByText(
        plain(
          `2 demandes d’informations (${formatAmount(cents(inquiries), 'fr')})\u00a0: les montants en litige seront débités de votre compte et remboursés aux titulaires des cartes.`,
        ),
      ),
    ).toBeVisible();
    expect(
      dialog.getByText('Les litiges seront clos. Cette décision est définitive.'),
    ).toBeVisible();

    await user.click(dialog.getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(selectionStatus()).toHaveTextContent(/^3 litiges sélectionnés/);
    expect(stored(chargeback).statut).toBe('reponse-requise');
  });

  it('sends one request, shows each case’s result, clears the selection and refreshes list and dashboard', async () => {
    await useScenarios('litige-deja-traite');
    const bodies = bulkBodies();
    const { user } = renderApp('/tableau-de-bord', { as: 'marie.durand' });
    const overview = within(await screen.findByRole('region', { name: 'Vos litiges' }));
    await user.click(await overview.findByRole('link', { name: '10 litiges à traiter' }));
    const [first = '', second = '', third = ''] = await caseNumbers();
    for (const numero of [first, second, third]) await user.click(caseBox(numero));
    await user.click(acceptButton());
    const dialog = within(await screen.findByRole('dialog'));
    await user.click(dialog.getByRole('button', { name: 'Confirmer l’acceptation' }));

    // The scenario accepted the first case elsewhere just before: it is reported, linked.
    const result = await screen.findByText('2 litiges acceptés');
    const alert = result.closest('.alert');
    if (!(alert instanceof HTMLElement)) throw new Error('No result alert');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(alert).toHaveTextContent(plain('1 litige n’a pas été accepté\u00a0:'));
    expect(alert).toHaveTextContent(plain(`${first}\u00a0: il a déjà été accepté entre-temps.`));
    expect(within(alert).getByRole('link', { name: first })).toHaveAttribute(
      'href',
      `/litiges/${first}`,
    );
    expect(bodies).toEqual([{ numeros: [first, second, third] }]);

    expect(selectionStatus()).toHaveTextContent('Aucun litige sélectionné.');
    await waitFor(async () => expect(await caseNumbers()).toHaveLength(7));
    expect(
      within(screen.getByRole('navigation', { name: 'Litiges par état' })).getByRole('link', {
        name: /^À traiter.*7 litiges$/,
      }),
    ).toBeVisible();

    await user.click(
      within(screen.getByRole('navigation', { name: 'Mon espace' })).getByRole('link', {
        name: 'Page récapitulative',
      }),
    );
    const refreshed = within(await screen.findByRole('region', { name: 'Vos litiges' }));
    expect(await refreshed.findByRole('link', { name: '7 litiges à traiter' })).toBeVisible();
  });

  it('sends another selection after a result as its own action, with its own key', async () => {
    const keys: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/litiges/acceptations') {
        keys.push(request.headers.get('Idempotency-Key'));
      }
    });
    const { user } = renderApp('/litiges', { as: 'marie.durand' });
    for (const round of [1, 2]) {
      const [numero = ''] = await caseNumbers();
      await user.click(caseBox(numero));
      await user.click(acceptButton());
      const dialog = await screen.findByRole('dialog', { name: 'Accepter 1 litige\u00a0?' });
      await user.click(within(dialog).getByRole('button', { name: 'Confirmer l’acceptation' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(screen.getByText('1 litige accepté')).toBeVisible();
      expect(stored(numero).statut).toBe('accepte');
      expect(keys).toHaveLength(round);
      // The list without it before the next round.
      await waitFor(async () => expect(await caseNumbers()).not.toContain(numero));
    }
    expect(new Set(keys).size).toBe(2);
  });
});
