import type { Page, Request } from '@playwright/test';
import { demo, expect, expectAlive, expectNoAxeViolations, login, openAs, test } from './fixtures';

const NEW_PASSWORD = 'Pain-de-campagne-2027';
const SENT = 'Si un compte correspond, un e-mail vient d’être envoyé à l’adresse enregistrée.';

function toolbar(page: Page) {
  return page.getByRole('complementary', { name: 'Outils de démonstration' });
}

async function openToolbar(page: Page) {
  await toolbar(page).getByRole('button', { name: 'Outils de démo' }).click();
  await expect(toolbar(page).getByRole('heading', { name: 'E-mails envoyés' })).toBeVisible();
}

async function closeToolbar(page: Page) {
  await toolbar(page).getByRole('button', { name: 'Fermer les outils' }).click();
  await expect(toolbar(page).getByRole('heading', { name: 'E-mails envoyés' })).toHaveCount(0);
}

async function requestLink(page: Page, identifiant: string) {
  await page.getByLabel('Identifiant', { exact: true }).fill(identifiant);
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
}

/** Opens the newest reset e-mail in « E-mails envoyés » and returns its link, not yet followed. */
async function resetLinkInToolbar(page: Page) {
  await openToolbar(page);
  await toolbar(page)
    .getByText(/^Choisissez un nouveau mot de passe — marie\.durand@boulangerie-durand\.fr$/)
    .first()
    .click();
  return toolbar(page)
    .getByRole('link', { name: /\/mot-de-passe\/nouveau\?jeton=[0-9a-f]+$/ })
    .first();
}

async function chooseNewPassword(page: Page, password: string) {
  await page.getByLabel('Nouveau mot de passe').fill(password);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
}

test.describe('Identifiant ou mot de passe oublié', () => {
  test('marie.durand resets her password from the e-mailed link, which then no longer works', async ({
    page,
  }) => {
    const console: string[] = [];
    page.on('console', (message) => console.push(message.text()));

    await page.goto('/connexion');
    await expectAlive(page);
    await page.getByRole('link', { name: /^Mot de passe oublié/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Mot de passe oublié/ }),
    ).toBeFocused();
    await requestLink(page, demo.marie.identifiant);
    const sent = page.getByRole('main').getByRole('status');
    await expect(sent).toContainText(SENT);
    await expect(sent).toBeFocused();

    const link = await resetLinkInToolbar(page);
    await expectNoAxeViolations(page, 'the reset e-mail in the toolbar');
    const href = (await link.getAttribute('href')) ?? '';
    const token = new URL(href).searchParams.get('jeton') ?? '';
    expect(token).toMatch(/^[0-9a-f]{32}$/);

    // Every request from the link's page on: none may carry the token, in its URL or Referer.
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    const [opened] = await Promise.all([
      page.waitForEvent('response', (response) => response.request().isNavigationRequest()),
      link.click(),
    ]);
    expect(opened.headers()['referrer-policy']).toBe('no-referrer');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisissez un nouveau mot de passe' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/mot-de-passe\/nouveau$/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    await expect(page.getByText(/identifiant est marie\.durand/)).toBeVisible();
    await closeToolbar(page);

    await chooseNewPassword(page, 'soleil');
    const field = page.getByLabel('Nouveau mot de passe');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const summary = page.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await expect(summary).toBeFocused();
    await expect(
      page.getByText(/Erreur\s: Le mot de passe doit comporter au moins 12\scaractères/),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'weak new password refused');
    await summary.getByRole('link').click();
    await expect(field).toBeFocused();

    await page.getByRole('button', { name: 'Afficher' }).click();
    await expect(field).toHaveAttribute('type', 'text');
    await field.fill(NEW_PASSWORD);
    await expect(page.getByText(/^Mot de passe (fort|très fort)\./)).toBeVisible();
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Votre mot de passe est modifié' }),
    ).toBeFocused();
    await expectNoAxeViolations(page, 'new password set');

    // The link itself is the one request that names the token; the app sends no Referer at all.
    expect(opened.request().headers().referer).toBeUndefined();
    const after = requests.filter((request) => request !== opened.request());
    expect(after.length).toBeGreaterThan(5);
    for (const request of after) {
      expect(request.url()).not.toContain(token);
      expect(request.headers().referer ?? '').not.toContain(token);
    }
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain(token);
    expect(console.join('\n')).not.toContain(token);

    await openToolbar(page);
    await expect(
      toolbar(page).getByText(
        /^Votre mot de passe a été modifié — marie\.durand@boulangerie-durand\.fr$/,
      ),
    ).toBeVisible();
    await closeToolbar(page);

    await page.getByRole('link', { name: 'Se connecter' }).click();
    await login(page, demo.marie.identifiant, demo.marie.password);
    await expect(page.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
    await login(page, demo.marie.identifiant, NEW_PASSWORD);
    await expect(page).toHaveURL(/\/tableau-de-bord$/);

    await page.goto(href);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Ce lien a déjà été utilisé' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/mot-de-passe\/nouveau$/);
    await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toHaveAttribute(
      'href',
      '/mot-de-passe/oublie',
    );
  });

  test('an unknown identifiant gets the same answer, and nobody gets an e-mail', async ({
    page,
  }) => {
    await page.goto('/mot-de-passe/oublie');
    await requestLink(page, 'personne.inconnue');
    await expect(page.getByRole('main').getByRole('status')).toContainText(SENT);
    await openToolbar(page);
    await expect(toolbar(page).getByText('Aucun e-mail envoyé pour l’instant.')).toBeVisible();
  });

  test('the identifiant goes by e-mail to the account’s address', async ({ page }) => {
    await page.goto('/connexion');
    await expectAlive(page);
    await page.getByRole('link', { name: /^Identifiant oublié/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Identifiant oublié/ }),
    ).toBeFocused();
    await expectNoAxeViolations(page, 'forgotten identifiant form');
    await page.getByLabel('Numéro de commerçant').fill('9400000011');
    await page.getByLabel('Adresse e-mail du compte').fill('marie.durand@boulangerie-durand.fr');
    await page.getByRole('button', { name: 'Recevoir mon identifiant' }).click();
    const sent = page.getByRole('main').getByRole('status');
    await expect(sent).toContainText(/un e-mail contenant votre identifiant vient d’être envoyé/);
    await expect(sent).toBeFocused();
    await expectNoAxeViolations(page, 'identifiant sent');

    await openToolbar(page);
    await toolbar(page)
      .getByText(/^Votre identifiant — marie\.durand@boulangerie-durand\.fr$/)
      .click();
    await expect(toolbar(page).getByText(/Votre identifiant\s:\smarie\.durand/)).toBeVisible();
  });

  test('a session open in another tab ends when the password changes', async ({ page }) => {
    await openAs(page, demo.marie);
    const other = await page.context().newPage();
    await other.goto('/mot-de-passe/oublie');
    await requestLink(other, demo.marie.identifiant);
    await expect(other.getByRole('main').getByRole('status')).toContainText(SENT);
    await (await resetLinkInToolbar(other)).click();
    await closeToolbar(other);
    // That tab was logged in too (one browser, one session): it is no longer.
    await expect(other.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    await chooseNewPassword(other, NEW_PASSWORD);
    await expect(
      other.getByRole('heading', { name: 'Votre mot de passe est modifié' }),
    ).toBeVisible();
    await expect(other.getByRole('button', { name: 'Se déconnecter' })).toHaveCount(0);

    await page
      .getByRole('navigation', { name: 'Mon espace' })
      .getByRole('link', { name: 'Litiges' })
      .click();
    await expect(page).toHaveURL(/\/connexion\?/);
    await expect(page.getByText(/Votre session a pris fin/)).toBeVisible();
    await expect(page.getByText('Boulangerie Durand')).toHaveCount(0);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('/connexion');
    // The first page leaves focus at its top.
    await expectAlive(page);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
    await page.getByRole('link', { name: /^Mot de passe oublié/ }).focus();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('heading', { level: 1, name: /^Mot de passe oublié/ }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Identifiant', { exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Identifiant', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    // The error summary takes focus; its link leads back to the field.
    await expect(
      page.getByRole('group', { name: 'Le formulaire contient des erreurs' }),
    ).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Identifiant', { exact: true })).toBeFocused();
    await page.keyboard.type(demo.marie.identifiant);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main').getByRole('status')).toBeFocused();
  });

  test('lien-expire: the e-mailed link explains it expired and offers a new one', async ({
    page,
  }) => {
    await page.goto('/mot-de-passe/oublie?scenario=lien-expire');
    await expect(page.getByText('Scénario : lien-expire')).toBeVisible();
    await requestLink(page, demo.marie.identifiant);
    await expect(page.getByRole('main').getByRole('status')).toContainText(SENT);
    await (await resetLinkInToolbar(page)).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Ce lien a expiré' })).toBeVisible();
    await closeToolbar(page);
    await expect(page.getByText(/fonctionne pendant 30\sminutes/)).toBeVisible();
    await expectNoAxeViolations(page, 'expired link');
    await page.getByRole('link', { name: 'Demander un nouveau lien' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /^Mot de passe oublié/ }),
    ).toBeVisible();
  });

  test('erreur-envoi-e-mail: nothing is sent, the user is told and keeps what was typed', async ({
    page,
  }) => {
    await page.goto('/mot-de-passe/oublie?scenario=erreur-envoi-e-mail');
    await expect(page.getByText('Scénario : erreur-envoi-e-mail')).toBeVisible();
    await requestLink(page, demo.marie.identifiant);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('L’e-mail n’a pas pu être envoyé');
    await expect(alert).toBeFocused();
    await expect(page.getByLabel('Identifiant', { exact: true })).toHaveValue('marie.durand');
    await expectNoAxeViolations(page, 'mail server down');
    await openToolbar(page);
    await expect(toolbar(page).getByText('Aucun e-mail envoyé pour l’instant.')).toBeVisible();
  });

  test('speaks English', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Forgot your password?' }),
    ).toBeVisible();
    await page.getByLabel('User ID', { exact: true }).fill(demo.marie.identifiant);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(
      'If an account matches, an e-mail has just been sent to its registered address.',
    );
    await expectNoAxeViolations(page, 'reset link sent, in English');
    await page.getByRole('link', { name: 'Forgot your user ID?' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Forgot your user ID?' }),
    ).toBeVisible();
    await page.goto('/mot-de-passe/nouveau?jeton=inconnu');
    await expect(
      page.getByRole('heading', { level: 1, name: 'This link is not valid' }),
    ).toBeVisible();
  });
});
