import type { Page } from '@playwright/test';
import {
  demo,
  expect,
  expectNoAxeViolations,
  idleCountStarted,
  login,
  loginAs,
  test,
} from './fixtures';

test.describe('Accueil et connexion', () => {
  test('the home page offers both ways in, accessibly', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Accueil · Espace commerçant');
    await expect(page.getByText('Données simulées')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Créer un compte' })).toHaveAttribute(
      'href',
      '/inscription',
    );
    await page.getByRole('link', { name: 'Connexion' }).click();
    await expect(page.getByRole('heading', { name: 'Connexion', level: 1 })).toBeVisible();
  });

  test('empty fields get French field errors', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByLabel('Identifiant', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    // Listed in the summary, which takes focus, and said on each field after « Erreur : ».
    const summary = page.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Saisissez votre identifiant.',
      'Saisissez votre mot de passe.',
    ]);
    await expect(page.getByLabel('Identifiant', { exact: true })).toHaveAccessibleDescription(
      /Erreur\s: Saisissez votre identifiant\./,
    );
    await summary.getByRole('link', { name: 'Saisissez votre mot de passe.' }).click();
    await expect(page.getByLabel('Mot de passe', { exact: true })).toBeFocused();
  });

  test('marie.durand logs in and sees her account', async ({ page }) => {
    await loginAs(page, demo.marie);
    await expect(page).toHaveTitle('Page récapitulative de votre compte · Espace commerçant');
    await expect(page.getByRole('banner').getByText('Boulangerie Durand')).toBeVisible();
    await expect(page.getByText('9400000011')).toBeVisible();
    await expect(page.getByText('marie.durand', { exact: true })).toBeVisible();
  });

  test('a wrong password gets the generic alert, focused, with the identifiant kept', async ({
    page,
  }) => {
    await page.goto('/connexion');
    await login(page, 'marie.durand', 'pas-le-bon-mot-de-passe');
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('Identifiant ou mot de passe incorrect.');
    await expect(alert).toBeFocused();
    await expect(page.getByLabel('Identifiant', { exact: true })).toHaveValue('marie.durand');
  });

  test('five failures lock the identifiant and say until when', async ({ page }) => {
    await page.goto('/connexion');
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      await login(page, 'paul.lefebvre', `mauvais-${attempt}`);
      await expect(page.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
    }
    await login(page, 'paul.lefebvre', 'mauvais-5');
    await expect(page.getByRole('alert')).toContainText(/bloquée jusqu’à \d{1,2}\sh\s\d{2}\./);
    await login(page, demo.paul.identifiant, demo.paul.password);
    await expect(page.getByRole('alert')).toContainText('Trop de tentatives');
    await expect(page).toHaveURL(/\/connexion$/);
  });

  test('a protected page sends to login and back after it', async ({ page }) => {
    await page.goto('/tableau-de-bord');
    await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Ftableau-de-bord$/);
    await login(page, demo.paul.identifiant, demo.paul.password);
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
  });

  for (const redirectTo of ['//evil.example/', '/.//evil.example']) {
    test(`a redirectTo to another site (${redirectTo}) is ignored`, async ({ page }) => {
      await page.goto(`/connexion?redirectTo=${encodeURIComponent(redirectTo)}`);
      await login(page, demo.paul.identifiant, demo.paul.password);
      await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/tableau-de-bord$/);
    });
  }

  test('logout leaves nothing behind, even with Back', async ({ page }) => {
    await loginAs(page, demo.marie);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByText(/Déconnexion effectuée/)).toBeVisible();
    await expect(page.getByText('Boulangerie Durand')).toHaveCount(0);
    await page.goBack();
    await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Ftableau-de-bord$/);
    // Back to the dashboard's entry, sent to log in again: not the logout page still on screen.
    await expect(page.getByText(/Déconnexion effectuée/)).toHaveCount(0);
    await expect(page.getByText('Boulangerie Durand')).toHaveCount(0);
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toContain('"identifiant":"marie.durand"},');
  });

  test.describe('with the page clock', () => {
    // The fake clock stays for the profile's life: this test gets a profile of its own.
    test.use({ freshProfile: true });

    test('an idle session warns, can be kept, then ends and returns after login', async ({
      page,
    }) => {
      await page.clock.install();
      await loginAs(page, demo.marie);
      await idleCountStarted(page);
      await page.clock.fastForward('14:05');
      const dialog = page.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Prolonger la session' })).toBeFocused();
      await dialog.getByRole('button', { name: 'Prolonger la session' }).click();
      await expect(dialog).toBeHidden();

      await page.clock.fastForward('16:00');
      await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Ftableau-de-bord&raison=inactivite$/);
      await expect(page.getByText(/Votre session a expiré/)).toBeVisible();
      await login(page, demo.marie.identifiant, demo.marie.password);
      await expect(page).toHaveURL(/\/tableau-de-bord$/);
    });

    test('activity in one tab keeps every tab logged in; an idle browser still ends it', async ({
      page,
    }) => {
      const warning = (tab: Page) =>
        tab.getByRole('alertdialog', { name: 'Êtes-vous toujours là ?' });
      await page.clock.install();
      await loginAs(page, demo.marie);
      await idleCountStarted(page);
      const other = await page.context().newPage();
      await other.goto('/tableau-de-bord');
      await expect(other.getByRole('banner').getByText('Boulangerie Durand')).toBeVisible();
      await expect(other.getByRole('navigation', { name: 'Mon espace' })).toBeVisible();

      await page.clock.fastForward('10:00');
      // The merchant works in the first tab only.
      await page.getByRole('heading', { level: 1 }).click();
      await page.clock.fastForward('06:00');
      // 16 minutes without activity in the second tab: it is still logged in.
      await expect(warning(other)).toHaveCount(0);
      await other
        .getByRole('navigation', { name: 'Mon espace' })
        .getByRole('link', { name: 'Litiges' })
        .click();
      await expect(
        other.getByRole('heading', { level: 1, name: 'Gestion des litiges' }),
      ).toBeVisible();

      // Nobody active since: both tabs warn, and staying in one closes the other's warning.
      await page.clock.fastForward('14:05');
      await expect(warning(other)).toBeVisible();
      await expect(warning(page)).toBeVisible();
      await warning(page).getByRole('button', { name: 'Prolonger la session' }).click();
      await expect(warning(page)).toBeHidden();
      await expect(warning(other)).toBeHidden();

      // Both tabs say « inactivité »: the first to see the idle time run out ends the session and
      // leaves the reason for the other, which may learn of the end from a 401 after the shared
      // activity is gone.
      await page.clock.fastForward('16:00');
      await expect(other).toHaveURL(/\/connexion\?redirectTo=%2Flitiges&raison=inactivite$/);
      await expect(other.getByText(/Votre session a expiré/)).toBeVisible();
      await expect(page).toHaveURL(/\/connexion\?redirectTo=%2Ftableau-de-bord&raison=inactivite$/);
      await expect(page.getByText(/Votre session a expiré/)).toBeVisible();
    });
  });

  test('the language switch turns the page English and is remembered', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Log in · Merchant area');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Log in', level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, 'login in English');
  });

  test('an unknown address gets « page introuvable » with a way home', async ({ page }) => {
    await page.goto('/nulle-part');
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
    await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('HTML typed in the identifiant is shown as text, never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto('/connexion');
    await login(page, '<img src=x onerror=alert(1)>', 'un-mot-de-passe-quelconque');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(dialogs).toBe(0);
  });
});

test.describe('Scénarios', () => {
  test('erreur-serveur: a French message, a retry, nothing lost', async ({ page }) => {
    await page.goto('/connexion?scenario=erreur-serveur');
    await expect(page.getByText('Scénario : erreur-serveur')).toBeVisible();
    await login(page, demo.marie.identifiant, demo.marie.password);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Le service est momentanément indisponible');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue(demo.marie.password);
    await expect(alert.getByRole('button', { name: 'Réessayer' })).toBeVisible();
  });

  test('hors-ligne: says the connection failed', async ({ page }) => {
    await page.goto('/connexion?scenario=hors-ligne');
    await login(page, demo.marie.identifiant, demo.marie.password);
    await expect(page.getByRole('alert')).toContainText('Connexion impossible');
    await expect(page.getByLabel('Identifiant', { exact: true })).toHaveValue(
      demo.marie.identifiant,
    );
  });

  test('reseau-lent: the button shows progress for the extra 2 s', async ({ page }) => {
    await page.goto('/connexion?scenario=reseau-lent');
    await login(page, demo.marie.identifiant, demo.marie.password);
    await expect(page.getByRole('button', { name: 'Connexion en cours…' })).toBeVisible();
    await expectNoAxeViolations(page, 'slow network');
    await expect(page).toHaveURL(/\/tableau-de-bord$/, { timeout: 10_000 });
  });

  test('the scenario is kept for the tab until changed', async ({ page }) => {
    await page.goto('/connexion?scenario=hors-ligne');
    await expect(page.getByText('Scénario : hors-ligne')).toBeVisible();
    await page.goto('/connexion');
    await expect(page.getByText('Scénario : hors-ligne')).toBeVisible();
    await page.goto('/connexion?scenario=par-defaut');
    await expect(page.getByText(/Scénario :/)).toHaveCount(0);
  });

  test('an unknown scenario name is reported', async ({ page }) => {
    await page.goto('/connexion?scenario=nimporte-quoi');
    await expect(page.getByRole('alert')).toContainText('Scénario inconnu : nimporte-quoi');
  });
});
