import { demo, expect, expectNoAxeViolations, loginAs, test } from './fixtures';

const pages = [
  { path: '/', heading: 'Bienvenue dans votre espace commerçant' },
  { path: '/connexion', heading: 'Connexion' },
  { path: '/inscription/etablissement', heading: /Votre établissement/ },
];

test.describe('Pages publiques prérendues', () => {
  test('each public page is on screen before any JavaScript runs, and cannot be sent yet', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      for (const { path, heading } of pages) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expect(page.getByText('Données simulées')).toBeVisible();
      }
      // Nothing typed or clicked before the app runs is lost, and no form leaves as a GET with
      // the password in the address.
      await page.goto('/connexion');
      const identifiant = page.getByLabel('Identifiant', { exact: true });
      // `force`: the form is inert, so the click lands on what is behind it, as a user's would.
      await identifiant.click({ force: true });
      await page.keyboard.type('marie');
      await expect(identifiant).not.toBeFocused();
      await expect(identifiant).toHaveValue('');
      await page.locator('button[type="submit"]').click({ force: true });
      await expect(page).toHaveURL(/\/connexion$/);
      await expect(page.getByRole('button', { name: 'English' })).toBeDisabled();
    } finally {
      await context.close();
    }
  });

  test('a prerendered page comes alive without an error and works', async ({ page }) => {
    // The fixture fails the test on any uncaught error, hydration mismatches included.
    for (const { path, heading } of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      // Buttons wait for the app (see the test above): enabled, the page has come alive.
      await expect(page.getByRole('button', { name: 'English' })).toBeEnabled();
      await expect(page.locator('button:disabled')).toHaveCount(0);
      await expectNoAxeViolations(page, path);
    }
    await loginAs(page, demo.marie);
    await expect(page.getByRole('banner').getByText(demo.marie.establishment)).toBeVisible();
  });

  test('a page without prerendered markup never shows another page’s', async ({ page }) => {
    const response = await page.request.get('/tableau-de-bord', {
      headers: { Accept: 'text/html' },
    });
    const html = await response.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).not.toContain('<h1');
    await page.goto('/tableau-de-bord');
    await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Ftableau-de-bord/);
  });

  test('a prerendered page opened in English shows English, and a logged-in visitor leaves it', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    // The choice is kept for the next page load once it is stored.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('espace-commercant:langue')))
      .toBe('en');
    await page.goto('/connexion');
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible();
    await page.getByRole('button', { name: 'Français' }).click();
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('espace-commercant:langue')))
      .toBe('fr');

    await loginAs(page, demo.marie);
    await page.goto('/inscription/etablissement');
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
  });
});
