import { demo, expect, login, test } from './fixtures';

/**
 * Each QA scenario's effect on screen (design: every scenario has a test). The login, dashboard,
 * signup, contact and disputes specs cover the scenarios of their own screens.
 */
test.describe('Scénarios QA', () => {
  test('compte-bloque: marie.durand cannot log in, even with her password', async ({ page }) => {
    await page.goto('/connexion?scenario=compte-bloque');
    await expect(page.getByText('Scénario : compte-bloque')).toBeVisible();
    await login(page, demo.marie.identifiant, demo.marie.password);
    await expect(page.getByRole('alert')).toContainText('Trop de tentatives de connexion');
    await expect(page).toHaveURL(/\/connexion/);
  });

  test('compte-bloque combines with reseau-lent', async ({ page }) => {
    await page.goto('/connexion?scenario=reseau-lent,compte-bloque');
    await expect(page.getByText('Scénario : reseau-lent, compte-bloque')).toBeVisible();
    await login(page, demo.marie.identifiant, demo.marie.password);
    await expect(page.getByRole('button', { name: 'Connexion en cours…' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Trop de tentatives', { timeout: 10_000 });
  });

  test('session-expiree: the first authenticated call answers 401, the user logs in again', async ({
    page,
  }) => {
    await page.goto('/connexion?scenario=session-expiree');
    await expect(page.getByText('Scénario : session-expiree')).toBeVisible();
    await login(page, demo.marie.identifiant, demo.marie.password);
    await expect(page).toHaveURL(/raison=session-expiree/);
    await expect(page.getByText(/Votre session a pris fin/)).toBeVisible();
    await login(page, demo.marie.identifiant, demo.marie.password);
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
    await expect(page.getByRole('region', { name: 'Vos litiges' })).toBeVisible();
  });

  test('nouveau-commercant: paul.lefebvre, logged in, is asked to activate', async ({ page }) => {
    await page.goto('/tableau-de-bord?scenario=nouveau-commercant');
    await expect(page.getByRole('banner').getByText('Librairie Lefebvre')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Gérez vos litiges en ligne' })).toBeVisible();
  });

  test('abonne-avec-litiges: marie.durand, logged in, sees her disputes summary', async ({
    page,
  }) => {
    await page.goto('/tableau-de-bord?scenario=abonne-avec-litiges');
    await expect(page.getByRole('banner').getByText('Boulangerie Durand')).toBeVisible();
    await expect(page.getByRole('link', { name: /^[\d\s]+litiges? à traiter$/ })).toContainText(
      /[1-9]/,
    );
    await expect(page.getByRole('region', { name: 'Gérez vos litiges en ligne' })).toHaveCount(0);
  });

  test('aucun-litige: the summary says there is nothing to handle', async ({ page }) => {
    await page.goto('/tableau-de-bord?scenario=aucun-litige,abonne-avec-litiges');
    await expect(page.getByText(/Vous n’avez aucun litige à traiter/)).toBeVisible();
  });

  test('etablissement-deja-inscrit: Fromagerie Dubois already has an online account', async ({
    page,
  }) => {
    await page.goto('/inscription/etablissement?scenario=etablissement-deja-inscrit');
    await expect(page.getByText('Scénario : etablissement-deja-inscrit')).toBeVisible();
    await page.getByLabel('Numéro de commerçant').fill('9400000037');
    await page.getByLabel('SIRET').fill('732 829 320 00074');
    await page.getByLabel('IBAN du compte de règlement').fill('FR76 3000 6000 0112 3456 7890 189');
    await page.getByRole('button', { name: 'Vérifier mon établissement' }).click();
    await expect(page.getByText('Cet établissement a déjà un compte en ligne.')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Connexion' })).toBeVisible();
  });

  test('chat-ferme: the Chat button says when it reopens and starts no conversation', async ({
    page,
  }) => {
    await page.goto(
      '/tableau-de-bord?scenario=chat-ferme,abonne-avec-litiges&horloge=2026-12-02T10:00',
    );
    const chat = page.getByRole('button', { name: /^Chat — ouvre/ });
    await expect(chat).toBeVisible();
    await chat.click();
    await expect(page.getByRole('dialog')).toContainText(/fermé|ouvre/i);
    await expect(page.getByRole('log')).toHaveCount(0);
  });
});
