import type { Page } from '@playwright/test';
import { parcours } from '../mocks/devtools/parcours';
import { demo, expect, expectAlive, expectNoAxeViolations, openAs, test } from './fixtures';
import { openParcoursStep } from './parcours';

function toolbar(page: Page) {
  return page.getByRole('complementary', { name: 'Outils de démonstration' });
}

async function openToolbar(page: Page) {
  await toolbar(page).getByRole('button', { name: 'Outils de démo' }).click();
  await expect(toolbar(page).getByRole('heading', { name: 'Scénarios' })).toBeVisible();
}

async function disputesToHandle(page: Page): Promise<number> {
  const link = page.getByRole('link', { name: /^[\d\s]+litiges? à traiter$/ });
  await expect(link).toBeVisible();
  return Number((await link.textContent())?.match(/\d+/)?.[0]);
}

test.describe('Outils de démonstration', () => {
  test('opens and closes with the keyboard, accessibly, and stays collapsed by default', async ({
    page,
  }) => {
    await page.goto('/connexion');
    await expectAlive(page);
    const toggle = toolbar(page).getByRole('button', { name: 'Outils de démo' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toolbar(page).getByRole('button', { name: 'Fermer les outils' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expectNoAxeViolations(page, 'login with the dev toolbar open');
    await expect(toolbar(page).getByRole('button', { name: 'Fermer les outils' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toolbar(page).getByRole('heading', { name: 'Scénarios' })).toHaveCount(0);
  });

  test('applies the scenarios ticked, for the tab', async ({ page }) => {
    await page.goto('/connexion');
    await openToolbar(page);
    await toolbar(page)
      .getByRole('checkbox', { name: /Hors ligne/ })
      .check();
    await toolbar(page).getByRole('button', { name: 'Appliquer et recharger' }).click();
    await expect(page).toHaveURL(/scenario=hors-ligne/);
    await expect(page.getByText('Scénario : hors-ligne')).toBeVisible();
  });

  test('logs in as a demo account in one click', async ({ page }) => {
    await page.goto('/');
    await openToolbar(page);
    await toolbar(page)
      .getByRole('button', { name: 'Se connecter en tant que paul.lefebvre' })
      .click();
    await expect(page).toHaveURL(/\/tableau-de-bord$/);
    await expect(page.getByRole('banner').getByText('Librairie Lefebvre')).toBeVisible();
  });

  test('a simulated new dispute shows on the dashboard without a reload, with its e-mail', async ({
    page,
  }) => {
    await openAs(page, demo.marie);
    const before = await disputesToHandle(page);
    await openToolbar(page);
    await toolbar(page).getByRole('button', { name: 'Simuler un nouveau litige' }).click();
    await expect(toolbar(page).getByRole('status')).toHaveText('Un nouveau litige a été ouvert.');
    await expect(page.getByRole('link', { name: /^[\d\s]+litiges? à traiter$/ })).toContainText(
      String(before + 1),
    );
    const email = toolbar(page).getByText(/^Nouveau litige LT-\d{4}-\d{6} — marie\.durand@/);
    await expect(email).toBeVisible();
    await email.click();
    await expect(
      toolbar(page).getByText(/Un nouveau litige a été ouvert sur votre établissement/),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'dashboard with the e-mails open');

    await toolbar(page).getByRole('button', { name: 'Simuler une mise à jour de litige' }).click();
    await expect(toolbar(page).getByText(/^Mise à jour du litige LT-/)).toBeVisible();

    await toolbar(page).getByRole('button', { name: 'Réinitialiser les données' }).click();
    await expect(page.getByRole('link', { name: /^[\d\s]+litiges? à traiter$/ })).toContainText(
      String(before),
    );
  });

  test('a merchant without the dispute tool gets no simulated dispute', async ({ page }) => {
    await openAs(page, demo.paul);
    await openToolbar(page);
    await toolbar(page).getByRole('button', { name: 'Simuler un nouveau litige' }).click();
    await expect(toolbar(page).getByRole('status')).toHaveText(
      /compte abonné à la gestion des litiges/,
    );
    await expect(toolbar(page).getByText('Aucun e-mail envoyé pour l’instant.')).toBeVisible();
  });

  test('« Parcours » lists every screen and state', async ({ page }) => {
    await page.goto('/');
    await openToolbar(page);
    await expect(
      toolbar(page)
        .getByRole('heading', { name: 'Parcours' })
        .locator('xpath=..')
        .getByRole('link'),
    ).toHaveCount(parcours.length);
  });
});

// One test per « Parcours » link, so they run in parallel and a failure names its screen.
test.describe('Parcours', () => {
  for (const step of parcours) {
    test.describe(step.id, () => {
      // A fake clock stays for the profile's life: a step that needs one gets its own profile.
      test.use({ freshProfile: step.play === 'open-idle-warning' });
      test(`${step.id}: ${step.screen} — ${step.state}`, async ({ page }) => {
        await openParcoursStep(page, step);
        await expectNoAxeViolations(page, step.id);
      });
    });
  }
});
