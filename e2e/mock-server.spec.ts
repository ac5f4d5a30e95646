import type { Page } from '@playwright/test';
import { demo, expect, openAs, test } from './fixtures';

/**
 * The mock backend behaves like one server behind one cookie: every tab of a browser profile
 * shares its data and its session, reloads keep them, and QA controls never log anyone out.
 */
function rowsToHandle(page: Page) {
  return page.getByRole('table').locator('tbody tr');
}

async function accept(page: Page, numero: string) {
  await page.goto(`/litiges/${numero}`);
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${numero}` })).toBeVisible();
  await page.getByRole('button', { name: 'Accepter', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Confirmer l’acceptation' }).click();
  await expect(page.getByText('Vous avez accepté le litige. Il est clos.')).toBeVisible();
}

test.describe('Serveur simulé', () => {
  test('logout in one tab: the other tab goes to the login page at its next action', async ({
    page,
  }) => {
    await openAs(page, demo.marie);
    const other = await page.context().newPage();
    await other.goto('/tableau-de-bord');
    await expect(other.getByRole('banner').getByText('Boulangerie Durand')).toBeVisible();

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByText(/Déconnexion effectuée/)).toBeVisible();

    await other
      .getByRole('navigation', { name: 'Mon espace' })
      .getByRole('link', { name: 'Litiges' })
      .click();
    await expect(other).toHaveURL(/\/connexion\?/);
    await expect(other.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(other.getByText('Boulangerie Durand')).toHaveCount(0);
  });

  test('two cases accepted in two tabs are both accepted after a reload', async ({ page }) => {
    await openAs(page, demo.marie, '/litiges');
    await expect(rowsToHandle(page)).toHaveCount(10);
    const [first, second] = (await rowsToHandle(page).getByRole('rowheader').allTextContents())
      .slice(0, 2)
      .map((text) => text.trim());
    // Both tabs on the app, as a merchant has them: MSW's service worker leaves when its last
    // page unloads, and a blank tab is not one of its pages.
    const other = await page.context().newPage();
    await other.goto('/litiges');
    await expect(rowsToHandle(other)).toHaveCount(10);

    await accept(page, first ?? '');
    await accept(other, second ?? '');

    await page.goto('/litiges');
    await expect(rowsToHandle(page)).toHaveCount(8);
    await expect(page.getByRole('link', { name: first ?? '' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: second ?? '' })).toHaveCount(0);
    for (const numero of [first, second]) {
      await page.goto(`/litiges/${numero}`);
      await expect(page.getByRole('region', { name: 'Historique' })).toContainText(
        'Litige accepté',
      );
      await expect(page.getByRole('button', { name: 'Accepter', exact: true })).toHaveCount(0);
    }
  });

  test('a scenario applied while logged in keeps the merchant logged in, on the new data', async ({
    page,
  }) => {
    await openAs(page, demo.marie);
    await page.goto('/tableau-de-bord?scenario=aucun-litige');
    await expect(page.getByText('Scénario : aucun-litige')).toBeVisible();
    await expect(page.getByRole('banner').getByText('Boulangerie Durand')).toBeVisible();
    await expect(page.getByText(/Vous n’avez aucun litige à traiter/)).toBeVisible();
  });

  test('the clock moved days ahead while logged in keeps the merchant logged in', async ({
    page,
  }) => {
    await openAs(page, demo.marie);
    await page.goto('/tableau-de-bord?horloge=2027-03-15T10:00');
    await expect(page.getByText('Horloge : 15/03/2027 à 10 h 00')).toBeVisible();
    await expect(page.getByRole('banner').getByText('Boulangerie Durand')).toBeVisible();
    await expect(page).toHaveURL(/\/tableau-de-bord\?horloge=/);
  });
});
