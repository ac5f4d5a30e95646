import type { Page } from '@playwright/test';
import { expect, expectAlive, expectNoAxeViolations, login, test } from './fixtures';

/** The README's demo data: the establishments of the network with no online account yet. */
const establishments = {
  fromagerie: {
    numeroCommercant: '9400000037',
    siret: '732 829 320 00074',
    iban: 'FR76 3000 6000 0112 3456 7890 189',
    raisonSociale: 'Fromagerie Dubois',
  },
  cafe: {
    numeroCommercant: '9400000045',
    siret: '44306184100047',
    // Typed compact and in lower case: the step shows it in groups of 4.
    iban: 'fr1420041010050500013m02606',
    raisonSociale: 'Café des Arts',
  },
  // marie.durand's establishment: it already has an online account.
  boulangerie: {
    numeroCommercant: '9400000011',
    siret: '812 345 676 00017',
    iban: 'FR76 3000 4008 2000 0123 4560 104',
    raisonSociale: 'Boulangerie Durand',
  },
};
type Establishment = (typeof establishments)[keyof typeof establishments];

interface Person {
  prenom: string;
  nom: string;
  email: string;
  telephone?: string;
  identifiant: string;
  password: string;
}

const claire: Person = {
  prenom: 'Claire',
  nom: 'Dubois',
  email: 'claire@fromagerie-dubois.fr',
  telephone: '06 11 22 33 44',
  identifiant: 'claire.dubois',
  password: 'Tomme-de-Savoie-2026',
};
const hugo: Person = {
  prenom: 'Hugo',
  nom: 'Martin',
  email: 'hugo@cafe-des-arts.fr',
  identifiant: 'hugo_martin',
  password: 'Cours Mirabeau au soleil',
};

const heading = (page: Page, name: RegExp | string) =>
  page.getByRole('heading', { level: 1, name });

/**
 * The dashboard once it is on screen: its URL changes first, while the previous page (whose
 * header already names the establishment after a login) is still there.
 */
async function expectDashboard(page: Page) {
  await expect(page).toHaveURL(/\/tableau-de-bord$/);
  await expect(heading(page, 'Page récapitulative de votre compte')).toBeVisible();
}

async function fillEtablissement(page: Page, establishment: Establishment) {
  // The first step may be the prerendered page, inert until the app runs it.
  await expectAlive(page);
  await page.getByLabel('Numéro de commerçant').fill(establishment.numeroCommercant);
  await page.getByLabel('SIRET').fill(establishment.siret);
  await page.getByLabel('IBAN du compte de règlement').fill(establishment.iban);
}

async function completeEtablissement(page: Page, establishment: Establishment) {
  await fillEtablissement(page, establishment);
  await page.getByRole('button', { name: 'Vérifier mon établissement' }).click();
  await expect(page.getByRole('status')).toContainText(
    `Établissement reconnu : ${establishment.raisonSociale}`,
  );
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(heading(page, /Votre profil/)).toBeFocused();
}

async function fillProfil(page: Page, person: Person) {
  await page.getByLabel('Prénom').fill(person.prenom);
  await page.getByLabel('Nom', { exact: true }).fill(person.nom);
  await page.getByLabel('E-mail professionnel').fill(person.email);
  await page.getByLabel('Téléphone (facultatif)').fill(person.telephone ?? '');
  await page.getByLabel('Identifiant').fill(person.identifiant);
  await page.getByLabel('Mot de passe', { exact: true }).fill(person.password);
}

async function completeProfil(page: Page, person: Person) {
  await fillProfil(page, person);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(heading(page, /Gestion financière/)).toBeFocused();
}

async function logOutAndBackIn(page: Page, person: Person) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByText(/Déconnexion effectuée/)).toBeVisible();
  await login(page, person.identifiant, person.password);
  await expectDashboard(page);
}

test.describe('Créer un compte', () => {
  // Whole journeys with an accessibility audit at each state: longer than one page's test.
  test.slow();

  test('Fromagerie Dubois, with « Gestion des litiges »: every step, its errors, the review, then log in again', async ({
    page,
  }) => {
    await page.goto('/');
    await expectAlive(page);
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await expect(page).toHaveURL(/\/inscription\/etablissement$/);
    await expect(heading(page, /Étape 1 sur 3\s:\sVotre établissement/)).toBeFocused();
    await expect(page).toHaveTitle(
      'Étape 1 sur 3\u00a0: Votre établissement – Créer un compte · Espace commerçant',
    );
    await expect(page.getByText('Étape suivante : Votre profil')).toBeVisible();

    await page.getByRole('button', { name: 'Vérifier mon établissement' }).click();
    const summary = page.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(3);
    await expectNoAxeViolations(page, 'step 1 with errors');
    await summary.getByRole('link', { name: /Saisissez le SIRET/ }).click();
    await expect(page.getByLabel('SIRET')).toBeFocused();

    await completeEtablissement(page, establishments.fromagerie);
    await expect(page).toHaveTitle(/^Étape 2 sur 3\s:\sVotre profil/);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(
      page.getByRole('group', { name: 'Le formulaire contient des erreurs' }),
    ).toBeFocused();
    await expectNoAxeViolations(page, 'step 2 with errors');
    await page.getByLabel('Mot de passe', { exact: true }).fill('abcdefgh');
    await expect(page.getByText(/^Mot de passe (très faible|faible)\./)).toBeVisible();
    await completeProfil(page, claire);

    const litiges = page.getByRole('checkbox', { name: 'Gestion des litiges' });
    await expect(litiges).not.toBeChecked();
    await expect(
      page.getByText(/ne recevrez plus les avis de litiges par voie postale/),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(
      page.getByText('Acceptez les conditions d’utilisation pour créer votre compte.').first(),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'step 3 with errors');
    await litiges.check();
    const notifications = page.getByRole('group', { name: 'Notifications par e-mail' });
    await expect(
      notifications.getByRole('checkbox', { name: 'Ouverture d’un litige' }),
    ).toBeChecked();
    await expect(
      notifications.getByRole('checkbox', { name: 'Mise à jour d’un litige' }),
    ).toBeChecked();
    await expect(
      notifications.getByText(`Laissez vide pour les recevoir à ${claire.email}.`),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'step 3 with notifications');
    await page.getByRole('checkbox', { name: /J’accepte les conditions d’utilisation/ }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    await expect(heading(page, 'Vérifiez vos informations')).toBeFocused();
    await expect(page).toHaveURL(/\/inscription\/verification$/);
    const review = page.locator('.review');
    await expect(review.getByText('Fromagerie Dubois')).toBeVisible();
    await expect(review.getByText('FR76 3000 6000 0112 3456 7890 189')).toBeVisible();
    await expect(review.getByText('claire.dubois')).toBeVisible();
    await expect(review.getByText(/avis de litiges uniquement en ligne/)).toBeVisible();

    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(heading(page, 'Votre compte est créé')).toBeFocused();
    await expect(page.getByText(/Bienvenue, Claire Dubois/)).toBeVisible();
    await expect(page.getByRole('banner').getByText('Fromagerie Dubois')).toBeVisible();
    await page.getByRole('link', { name: 'Accéder à mon espace' }).click();
    await expectDashboard(page);
    await expect(page.getByRole('link', { name: 'Activer', exact: true })).toHaveCount(0);

    await logOutAndBackIn(page, claire);
    await expect(page.getByRole('banner').getByText('Fromagerie Dubois')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Activer', exact: true })).toHaveCount(0);
  });

  test('Café des Arts, without « Gestion des litiges »: the dashboard asks to « Activer »', async ({
    page,
  }) => {
    await page.goto('/inscription');
    await fillEtablissement(page, establishments.cafe);
    await page.getByLabel('Numéro de commerçant').click();
    await expect(page.getByLabel('IBAN du compte de règlement')).toHaveValue(
      'FR14 2004 1010 0505 0001 3M02 606',
    );
    await page.getByRole('button', { name: 'Vérifier mon établissement' }).click();
    await expect(page.getByRole('status')).toContainText('Café des Arts');
    await page.getByRole('button', { name: 'Continuer' }).click();
    await completeProfil(page, hugo);
    await page.getByRole('checkbox', { name: /J’accepte les conditions d’utilisation/ }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page.getByText(/vous pourrez souscrire depuis votre compte/)).toBeVisible();
    await expect(page.getByText('Non renseigné')).toBeVisible();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect(page.getByText(/cliquez sur «\s?Activer\s?»/)).toBeVisible();
    await page.getByRole('link', { name: 'Accéder à mon espace' }).click();
    await expect(page.getByRole('link', { name: 'Activer', exact: true })).toBeVisible();

    await logOutAndBackIn(page, hugo);
    await expect(page.getByRole('banner').getByText('Café des Arts')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Activer', exact: true })).toBeVisible();
  });

  test('a reload keeps every answer but the password, and says why', async ({ page }) => {
    await page.goto('/inscription');
    await completeEtablissement(page, establishments.fromagerie);
    await fillProfil(page, claire);
    await page.reload();

    await expect(heading(page, /Votre profil/)).toBeVisible();
    await expect(page.getByLabel('Identifiant')).toHaveValue(claire.identifiant);
    await expect(page.getByLabel('Téléphone (facultatif)')).toHaveValue(claire.telephone ?? '');
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue('');
    await expect(page.getByText('Saisissez à nouveau votre mot de passe.').first()).toBeVisible();
    await expect(page.getByText(/jamais enregistré dans le navigateur/)).toBeVisible();
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...sessionStorage, ...localStorage }),
    );
    expect(stored).not.toContain(claire.password);
    await expectNoAxeViolations(page, 'step 2 after reload');

    await page.getByLabel('Mot de passe', { exact: true }).fill(claire.password);
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(heading(page, /Gestion financière/)).toBeVisible();
    await page.getByRole('link', { name: 'Précédent' }).click();
    // Step 3's own « Précédent » stays on screen until step 2 renders.
    await expect(heading(page, /Votre profil/)).toBeVisible();
    await page.getByRole('link', { name: 'Précédent' }).click();
    await expect(page.getByLabel('SIRET')).toHaveValue(establishments.fromagerie.siret);
    await expect(page.getByRole('status')).toContainText('Fromagerie Dubois');
  });

  test('browser Back and Forward move between steps with everything kept', async ({ page }) => {
    await page.goto('/inscription');
    await completeEtablissement(page, establishments.fromagerie);
    await completeProfil(page, claire);

    await page.goBack();
    await expect(heading(page, /Votre profil/)).toBeFocused();
    await expect(page.getByLabel('Prénom')).toHaveValue(claire.prenom);
    await expect(page.getByLabel('Mot de passe', { exact: true })).toHaveValue(claire.password);
    await page.goBack();
    await expect(heading(page, /Votre établissement/)).toBeFocused();
    await expect(page.getByLabel('Numéro de commerçant')).toHaveValue('9400000037');
    await page.goForward();
    await page.goForward();
    await expect(heading(page, /Gestion financière/)).toBeFocused();
    await expect(page).toHaveURL(/\/inscription\/gestion-financiere$/);
  });

  test('a deep link to step 3 lands on the first incomplete step', async ({ page }) => {
    await page.goto('/inscription/gestion-financiere');
    await expect(page).toHaveURL(/\/inscription\/etablissement$/);
    await expect(heading(page, /Votre établissement/)).toBeVisible();

    await completeEtablissement(page, establishments.cafe);
    await page.goto('/inscription/verification');
    await expect(page).toHaveURL(/\/inscription\/profil$/);
  });

  test('an establishment that already has an account is told to log in', async ({ page }) => {
    await page.goto('/inscription');
    await fillEtablissement(page, establishments.boulangerie);
    await page.getByRole('button', { name: 'Vérifier mon établissement' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Cet établissement a déjà un compte en ligne.');
    await expect(alert).toBeFocused();
    await alert.getByRole('link', { name: 'Connexion' }).click();
    await expect(page).toHaveURL(/\/connexion$/);
  });

  test('details matching no establishment say what to check', async ({ page }) => {
    await page.goto('/inscription');
    await fillEtablissement(page, { ...establishments.fromagerie, numeroCommercant: '9400000045' });
    await page.getByRole('button', { name: 'Vérifier mon établissement' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'Ces informations ne correspondent à aucun établissement',
    );
    await expectNoAxeViolations(page, 'step 1 unknown establishment');
  });

  test('a taken identifiant is refused on its field', async ({ page }) => {
    await page.goto('/inscription');
    await completeEtablissement(page, establishments.fromagerie);
    await fillProfil(page, { ...claire, identifiant: 'marie.durand' });
    await page.getByRole('button', { name: 'Continuer' }).click();
    const summary = page.getByRole('group', { name: 'Le formulaire contient des erreurs' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Cet identifiant est déjà utilisé.');
    await expect(page.getByLabel('Identifiant')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'step 2 identifiant taken');
  });

  test('a server error at the final submit keeps everything and retries', async ({ page }) => {
    await page.goto('/inscription?scenario=erreur-inscription');
    await expect(page).toHaveURL(/\/inscription\/etablissement$/);
    await completeEtablissement(page, establishments.fromagerie);
    await completeProfil(page, claire);
    await page.getByRole('checkbox', { name: /J’accepte les conditions d’utilisation/ }).check();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('button', { name: 'Créer mon compte' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Le service est momentanément indisponible');
    await expect(alert).toBeFocused();
    await expect(page.locator('.review').getByText('claire.dubois')).toBeVisible();
    await alert.getByRole('button', { name: 'Réessayer' }).click();
    await expect(heading(page, 'Votre compte est créé')).toBeVisible();
  });

  test('a logged-in user opening /inscription goes to the dashboard', async ({ page }) => {
    await page.goto('/connexion');
    await login(page, 'marie.durand', 'Litiges-Demo-2026');
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
    await page.goto('/inscription/profil');
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
  });
});
