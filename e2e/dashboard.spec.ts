import type { Page } from '@playwright/test';
import { demo, expect, expectNoAxeViolations, login, openAs, reviewShot, test } from './fixtures';

const PROMPT = 'Gérez vos litiges en ligne';

function services(page: Page) {
  return page.getByRole('region', { name: 'Vos services' });
}

async function logout(page: Page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByText(/Déconnexion effectuée/)).toBeVisible();
}

async function activateUpToReview(page: Page, email?: string) {
  await expect(page.getByRole('heading', { level: 1, name: /Étape 1 sur 3/ })).toBeFocused();
  await page.getByRole('checkbox', { name: /ne me seront plus envoyés par voie postale/ }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Étape 2 sur 3/ })).toBeFocused();
  if (email !== undefined) await page.getByLabel('Adresse e-mail des notifications').fill(email);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Étape 3 sur 3/ })).toBeFocused();
}

test.describe('Page récapitulative et activation de la gestion des litiges', () => {
  test('paul.lefebvre activates the tool and it stays active at the next login', async ({
    page,
  }) => {
    await openAs(page, demo.paul);
    const prompt = page.getByRole('region', { name: PROMPT });
    await expect(prompt).toBeVisible();
    await expect(services(page).getByText('non activée')).toBeVisible();
    await expect(services(page).getByText('par voie postale')).toBeVisible();
    await reviewShot(page, '01-dashboard-prompt');

    await prompt.getByRole('link', { name: 'Activer' }).click();
    await expect(page).toHaveURL(/\/litiges\/activation$/);
    await expect(page.getByRole('heading', { level: 1, name: /Étape 1 sur 3/ })).toBeFocused();
    await page.getByRole('button', { name: 'Continuer' }).click();
    const summary = page.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await expect(summary).toBeFocused();
    await expect(
      page.getByRole('checkbox', { name: /ne me seront plus envoyés par voie postale/ }),
    ).toHaveAccessibleDescription(/Erreur\s: Cochez la case pour confirmer/);
    await expectNoAxeViolations(page, 'activation step 1 with its error');
    await reviewShot(page, '02-activation-conditions-error');
    await page
      .getByRole('checkbox', { name: /ne me seront plus envoyés par voie postale/ })
      .check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    const email = page.getByLabel('Adresse e-mail des notifications');
    await expect(email).toHaveValue('paul.lefebvre@librairie-lefebvre.fr');
    await email.fill('paul@');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(summary).toBeFocused();
    await expect(email).toHaveAccessibleDescription(
      /Erreur\s: Cette adresse e-mail n’est pas valide/,
    );
    await expectNoAxeViolations(page, 'activation step 2 with its error');
    await reviewShot(page, '03-activation-notifications-error');
    await email.fill('compta@librairie-lefebvre.fr');
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(page.getByRole('heading', { level: 1, name: /Étape 3 sur 3/ })).toBeFocused();
    await expect(page.getByText('compta@librairie-lefebvre.fr')).toBeVisible();
    await reviewShot(page, '04-activation-review');
    await page.getByRole('button', { name: 'Confirmer l’activation' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: 'La gestion des litiges est activée.' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'activation confirmed');
    await reviewShot(page, '05-activation-done');
    await page
      .getByRole('link', { name: 'Aller à la page récapitulative de votre compte' })
      .click();

    await expect(page.getByRole('region', { name: 'Vos litiges' })).toBeVisible();
    await expect(page.getByRole('region', { name: PROMPT })).toHaveCount(0);
    await expect(services(page).getByText('activée', { exact: true })).toBeVisible();
    await expect(services(page).getByText('en ligne uniquement')).toBeVisible();
    await expect(page.getByText(/Vous n’avez aucun litige/)).toBeVisible();
    await expectNoAxeViolations(page, 'dashboard after activation');
    await reviewShot(page, '06-dashboard-activated');

    await logout(page);
    await login(page, demo.paul.identifiant, demo.paul.password);
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
    await expect(services(page).getByText('activée', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: PROMPT })).toHaveCount(0);
    await page.goto('/litiges/activation');
    await expect(page).toHaveURL(/\/tableau-de-bord\?info=deja-active$/);
    await expect(
      page.getByText('La gestion des litiges est déjà activée pour votre compte.'),
    ).toBeVisible();
  });

  test('« Plus tard » hides the prompt until the next login', async ({ page }) => {
    await openAs(page, demo.paul);
    await page.getByRole('button', { name: 'Plus tard' }).click();
    await expect(page.getByRole('region', { name: PROMPT })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expectNoAxeViolations(page, 'dashboard after « Plus tard »');
    await page.reload();
    await expect(page.getByRole('region', { name: 'Vos services' })).toBeVisible();
    await expect(page.getByRole('region', { name: PROMPT })).toHaveCount(0);
    await logout(page);
    await login(page, demo.paul.identifiant, demo.paul.password);
    await expect(page.getByRole('region', { name: PROMPT })).toBeVisible();
  });

  test('marie.durand never sees the prompt and gets her disputes summary', async ({ page }) => {
    await openAs(page, demo.marie);
    const disputes = page.getByRole('region', { name: 'Vos litiges' });
    await expect(disputes.getByRole('link', { name: '10 litiges à traiter' })).toHaveAttribute(
      'href',
      '/litiges',
    );
    await expect(page.getByRole('region', { name: PROMPT })).toHaveCount(0);
    await expect(page.getByText('812 345 676 00017')).toBeVisible();
    await expect(page.getByText('•••• •••• •••• •••• •••• •••0 104')).toBeVisible();
    await reviewShot(page, '07-dashboard-marie');
  });

  test('notification settings round trip', async ({ page }) => {
    await openAs(page, demo.marie);
    await page.getByRole('link', { name: 'Modifier les notifications' }).click();
    await expect(page).toHaveURL(/\/parametres\/notifications$/);
    const email = page.getByLabel('Adresse e-mail des notifications');
    await expect(email).toHaveValue('marie.durand@boulangerie-durand.fr');
    await email.fill('');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'notification settings with an error');
    await email.fill('litiges@boulangerie-durand.fr');
    await page.getByRole('checkbox', { name: 'Mise à jour d’un litige' }).uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Vos préférences de notification sont enregistrées.',
    );
    await expectNoAxeViolations(page, 'notification settings saved');
    await reviewShot(page, '08-notification-settings-saved');

    await page.getByRole('link', { name: 'Retour à la page récapitulative' }).click();
    await expect(services(page).getByText(/activées\s:\souverture d’un litige/)).toBeVisible();
    await expect(services(page).getByText('à litiges@boulangerie-durand.fr')).toBeVisible();
    await page.goto('/parametres/notifications');
    await expect(page.getByLabel('Adresse e-mail des notifications')).toHaveValue(
      'litiges@boulangerie-durand.fr',
    );
    await expect(page.getByRole('checkbox', { name: 'Mise à jour d’un litige' })).not.toBeChecked();
  });

  test('a server error during the activation keeps the answers', async ({ page }) => {
    await page.goto('/connexion?scenario=erreur-activation');
    await login(page, demo.paul.identifiant, demo.paul.password);
    await page.getByRole('region', { name: PROMPT }).getByRole('link', { name: 'Activer' }).click();
    await activateUpToReview(page, 'compta@librairie-lefebvre.fr');
    await page.getByRole('button', { name: 'Confirmer l’activation' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Le service est momentanément indisponible');
    await expect(alert).toBeFocused();
    await expect(page.getByText('compta@librairie-lefebvre.fr')).toBeVisible();
    await expectNoAxeViolations(page, 'activation failed');
    await reviewShot(page, '09-activation-error');

    // Back to a working API: even a reload keeps the answers of this tab.
    await page.goto('/litiges/activation?scenario=par-defaut');
    await expect(page.getByRole('heading', { level: 1, name: /Étape 3 sur 3/ })).toBeVisible();
    await expect(
      page.getByText('Nous avons conservé les réponses que vous aviez saisies.'),
    ).toBeVisible();
    await expect(page.getByText('compta@librairie-lefebvre.fr')).toBeVisible();
    await page.getByRole('button', { name: 'Confirmer l’activation' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'La gestion des litiges est activée.' }),
    ).toBeVisible();
  });

  test('Back and Forward move between the activation steps, answers kept', async ({ page }) => {
    await openAs(page, demo.paul);
    await page.goto('/litiges/activation');
    await page
      .getByRole('checkbox', { name: /ne me seront plus envoyés par voie postale/ })
      .check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page).toHaveURL(/\?etape=2$/);
    await page.getByLabel('Adresse e-mail des notifications').fill('compta@librairie-lefebvre.fr');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: /Étape 1 sur 3/ })).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: /ne me seront plus envoyés par voie postale/ }),
    ).toBeChecked();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: /Étape 2 sur 3/ })).toBeVisible();
    await expect(page.getByLabel('Adresse e-mail des notifications')).toHaveValue(
      'compta@librairie-lefebvre.fr',
    );
  });

  test('a later step opened first lands on the conditions', async ({ page }) => {
    await openAs(page, demo.paul);
    await page.goto('/litiges/activation?etape=3');
    await expect(page.getByRole('heading', { level: 1, name: /Étape 1 sur 3/ })).toBeVisible();
  });
});
