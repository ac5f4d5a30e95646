import type { Page } from '@playwright/test';
import {
  demo,
  expect,
  expectLoaded,
  expectNoAxeViolations,
  openAs,
  reviewShot,
  test,
} from './fixtures';

/** « Accepter la sélection » in the « À traiter » tab, in a real browser. */

const NBSP = '\u00a0';

function rows(page: Page) {
  return page.getByRole('table').locator('tbody tr');
}

const caseBox = (page: Page, numero: string) =>
  page.getByRole('checkbox', { name: `Sélectionner le litige n°${NBSP}${numero}` });

async function firstCases(page: Page, count: number): Promise<string[]> {
  await expect(rows(page)).toHaveCount(10);
  return (await rows(page).getByRole('rowheader').allTextContents())
    .slice(0, count)
    .map((text) => text.trim());
}

const selectionStatus = (page: Page) => page.locator('main .bulk-bar__count');

test.describe('Litiges — accepter la sélection', () => {
  test('with the keyboard alone: tick, confirm, see the result and the list without the cases', async ({
    page,
  }) => {
    await openAs(page, demo.marie, '/litiges');
    const [first = '', second = ''] = await firstCases(page, 2);
    await expect(selectionStatus(page)).toHaveText('Aucun litige sélectionné.');

    // The page's box ticks the ten rows, and unticks them.
    const pageBox = page.getByRole('checkbox', {
      name: 'Sélectionner tous les litiges de cette page',
    });
    await pageBox.focus();
    await page.keyboard.press('Space');
    await expect(selectionStatus(page)).toHaveText(/^10 litiges sélectionnés/);
    await page.keyboard.press('Space');
    await expect(selectionStatus(page)).toHaveText('Aucun litige sélectionné.');

    // From the first row's box, Tab passes its case link and reaches the next row's box.
    await caseBox(page, first).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: first })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(caseBox(page, second)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(selectionStatus(page)).toHaveText(/^2 litiges sélectionnés, .+ en litige\.$/);
    await expect(pageBox).toHaveJSProperty('indeterminate', true);
    await expectNoAxeViolations(page, 'the list with two cases selected');
    await reviewShot(page, 'litiges-selection-fr');

    const action = page.getByRole('button', { name: 'Accepter la sélection' });
    await action.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Accepter 2 litiges${NBSP}?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(
      /Vous allez accepter 2 litiges, pour un montant en litige de .+ au total\./,
    );
    await expect(dialog).toContainText('Les litiges seront clos. Cette décision est définitive.');
    await expectNoAxeViolations(page, 'the bulk acceptance dialog');
    await reviewShot(page, 'litiges-accepter-selection-fr');

    // Esc closes it without accepting; the action has the focus back.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(action).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    const confirm = dialog.getByRole('button', { name: 'Confirmer l’acceptation' });
    await confirm.focus();
    const sent = page.waitForRequest(
      (request) =>
        request.method() === 'POST' && request.url().endsWith('/api/litiges/acceptations'),
    );
    await page.keyboard.press('Enter');

    const request = await sent;
    expect(request.postDataJSON()).toEqual({ numeros: [first, second] });
    expect(await request.headerValue('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const outcome = page.locator('main .bulk-outcome .alert');
    await expect(outcome).toHaveText('2 litiges acceptés');
    await expect(outcome).toBeFocused();
    await expect(selectionStatus(page)).toHaveText('Aucun litige sélectionné.');
    await expect(rows(page)).toHaveCount(8);
    await expect(page.getByRole('link', { name: first, exact: true })).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Litiges par état' }).getByRole('link', {
        name: /^À traiter.*8 litiges$/,
      }),
    ).toBeVisible();
    await expectLoaded(page, 'the list after the acceptance');
    await expectNoAxeViolations(page, 'the result of the bulk acceptance');
    await reviewShot(page, 'litiges-selection-acceptee-fr');
  });

  test('a case accepted in another tab meanwhile is reported, linked, and the others are accepted', async ({
    page,
  }) => {
    await openAs(page, demo.marie, '/litiges');
    const [first = '', second = '', third = ''] = await firstCases(page, 3);
    for (const numero of [first, second, third]) await caseBox(page, numero).check();
    await expect(selectionStatus(page)).toHaveText(/^3 litiges sélectionnés/);

    const other = await page.context().newPage();
    await other.goto(`/litiges/${second}`);
    await expect(other.getByRole('heading', { level: 1, name: `Dossier ${second}` })).toBeVisible();
    await other.getByRole('button', { name: 'Accepter', exact: true }).click();
    await other
      .getByRole('dialog')
      .getByRole('button', { name: 'Confirmer l’acceptation' })
      .click();
    await expect(other.getByText('Vous avez accepté le litige. Il est clos.')).toBeVisible();
    await other.close();

    await page.getByRole('button', { name: 'Accepter la sélection' }).click();
    await page
      .getByRole('dialog', { name: `Accepter 3 litiges${NBSP}?` })
      .getByRole('button', { name: 'Confirmer l’acceptation' })
      .click();
    const outcome = page.locator('main .bulk-outcome .alert');
    await expect(outcome).toBeFocused();
    await expect(outcome.locator('.alert__title')).toHaveText('2 litiges acceptés');
    await expect(outcome).toContainText(`1 litige n’a pas été accepté${NBSP}:`);
    await expect(outcome.getByRole('listitem')).toHaveText(
      `${second}${NBSP}: il a déjà été accepté entre-temps.`,
    );
    await expect(outcome.getByRole('link', { name: second })).toHaveAttribute(
      'href',
      `/litiges/${second}`,
    );
    await expect(rows(page)).toHaveCount(7);
    await expectLoaded(page, 'the list after the acceptance');
    await expectNoAxeViolations(page, 'a result in part');
  });

  test('English, with « litige-deja-traite »: the first case is reported as answered meanwhile', async ({
    page,
  }) => {
    await openAs(page, demo.marie, '/litiges', { scenario: 'litige-deja-traite' });
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dispute management' })).toBeVisible();
    const [first = '', second = ''] = await firstCases(page, 2);
    await page.getByRole('checkbox', { name: `Select dispute no. ${first}` }).check();
    await page.getByRole('checkbox', { name: `Select dispute no. ${second}` }).check();
    await page.getByRole('button', { name: 'Accept selection' }).click();
    await page
      .getByRole('dialog', { name: 'Accept 2 disputes?' })
      .getByRole('button', { name: 'Confirm acceptance' })
      .click();
    const outcome = page.locator('main .bulk-outcome .alert');
    await expect(outcome).toBeFocused();
    await expect(outcome.locator('.alert__title')).toHaveText('1 dispute accepted');
    await expect(outcome.getByRole('listitem')).toHaveText(
      `${first}: it was already accepted meanwhile.`,
    );
    await expectLoaded(page, 'the list after the acceptance');
    await expectNoAxeViolations(page, 'a result in part, in English');
  });
});
