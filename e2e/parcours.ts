import { expect, type Page } from '@playwright/test';
import { parcoursHref, type ParcoursStep } from '../mocks/devtools/parcours';
import { COLD_START_MS, expectAlive, expectLoaded, idleCountStarted } from './fixtures';

/**
 * Opens a « Parcours » step as designers do from the toolbar, plays its interaction, then waits
 * until the state is ready: its marker shows and nothing is loading. Language-neutral (fields by
 * name, not by label): the screenshot gallery runs it in French and English.
 */
export async function openParcoursStep(page: Page, step: ParcoursStep): Promise<void> {
  if (step.play === 'open-idle-warning') await page.clock.install();
  await page.goto(parcoursHref(step));
  await expect(page.locator('h1').first()).toBeVisible({ timeout: COLD_START_MS });
  // A prerendered page's form is inert until the app runs it, and `fill` does not wait for that.
  await expectAlive(page);
  await play(page, step);
  await expect(page.locator(step.ready).first(), `${step.id} is ready`).toBeVisible();
  await expectLoaded(page, step.id);
}

const submit = (page: Page) => page.locator('main form button[type="submit"]').first().click();

/** Walks the signup as far as `until`, in either language (fields by name, not by label). */
type SignupStage = 'known' | 'profile' | 'finance' | 'review' | 'done';

async function signup(page: Page, until: SignupStage) {
  await page.locator('main input[name="numeroCommercant"]').fill('9400000037');
  await page.locator('main input[name="siret"]').fill('732 829 320 00074');
  await page.locator('main input[name="iban"]').fill('FR76 3000 6000 0112 3456 7890 189');
  await submit(page);
  await expect(page.locator('main [role="status"], main [role="alert"]').first()).toBeVisible();
  if (until === 'known') return;
  await submit(page);
  await page.waitForURL(/\/inscription\/profil/);
  if (until === 'profile') return;
  await page.locator('main input[name="prenom"]').fill('Claire');
  await page.locator('main input[name="nom"]').fill('Dubois');
  await page.locator('main input[name="email"]').fill('claire.dubois@fromagerie-dubois.fr');
  await page.locator('main input[name="identifiant"]').fill('claire.dubois');
  await page.locator('main input[name="password"]').fill('Tomme-de-Savoie-1987');
  await submit(page);
  await page.waitForURL(/\/inscription\/gestion-financiere/);
  if (until === 'finance') return;
  await page.locator('main input[name="gestionLitiges"]').check();
  await page.locator('main input[name="conditionsAcceptees"]').check();
  await submit(page);
  await page.waitForURL(/\/inscription\/verification/);
  if (until === 'review') return;
  // The URL changes before the review renders: the previous step's buttons are still there.
  await expect(page.locator('main dl').first()).toBeVisible();
  await page.locator('main button[type="submit"]').last().click();
  await expect(
    page.locator('main [role="alert"]').or(page.locator('main h1', { hasText: /créé|created/ })),
  ).toBeVisible();
}

/** « Mot de passe oublié » for marie.durand, up to the answer (sent, or an alert). */
async function requestReset(page: Page) {
  await page.locator('main input[name="identifiant"]').fill('marie.durand');
  await submit(page);
  await expect(page.locator('main .alert--success, main [role="alert"]').first()).toBeVisible();
}

/**
 * Requests a link, then follows it from « E-mails envoyés » in the dev toolbar, as designers do;
 * returns the link, and leaves the toolbar closed for the picture.
 */
async function followResetLink(page: Page): Promise<string> {
  await requestReset(page);
  const toolbar = page.locator('.devtools');
  await toolbar.locator('.devtools__toggle').click();
  await toolbar.locator('.devtools__email summary').first().click();
  const link = toolbar.locator('.devtools__email-body a').first();
  const href = (await link.getAttribute('href')) ?? '';
  await link.click();
  await page.waitForURL((url) => url.pathname === '/mot-de-passe/nouveau');
  await expect(page.locator('main h1')).toBeVisible();
  await toolbar.locator('.devtools__toggle').click();
  await expect(toolbar.locator('.devtools__panel')).toHaveCount(0);
  return href;
}

async function setNewPassword(page: Page, password: string) {
  await page.locator('main input[name="password"]').fill(password);
  await submit(page);
}

/** Ticks the first two cases of « À traiter », in the table or on the phone's cards. */
async function selectCases(page: Page) {
  const boxes = page.locator('main td.select-cell input, main .dispute-card__head input');
  for (const index of [0, 1]) await boxes.nth(index).check();
  await expect(page.locator('main input.select-box:checked')).toHaveCount(2);
}

/** Opens the list's first case. */
async function openFirstCase(page: Page) {
  await page.locator('main table a').first().click();
  await page.waitForURL(/\/litiges\/LT-/);
  // The URL changes before the case renders: the list (its h1, its filters' buttons) is still there.
  await expect(page.locator('main .case-summary')).toBeVisible();
}

const bulkAcceptButton = (page: Page) => page.locator('main .bulk-bar__actions button').first();

async function openBulkDialog(page: Page) {
  await selectCases(page);
  await bulkAcceptButton(page).click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

async function play(page: Page, step: ParcoursStep) {
  switch (step.play) {
    case 'submit-empty':
    case 'submit-empty-login':
      await submit(page);
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      break;
    case 'wrong-password':
      await page.locator('main input[name="identifiant"]').fill('marie.durand');
      await page.locator('main input[name="password"]').fill('pas-le-bon-mot-de-passe');
      await submit(page);
      await expect(page.getByRole('alert')).toBeVisible();
      break;
    case 'open-idle-warning':
      await idleCountStarted(page);
      await page.clock.fastForward('14:05');
      await expect(page.getByRole('alertdialog')).toBeVisible();
      break;
    case 'open-chat':
      await page.locator('.chat-dock__button').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      break;
    case 'signup-known':
    case 'signup-profile':
    case 'signup-finance':
    case 'signup-review':
    case 'signup-done':
      await signup(page, step.play.replace('signup-', '') as SignupStage);
      break;
    case 'activation-review':
      await page.locator('main input[type="checkbox"]').first().check();
      await submit(page);
      await page.waitForURL(/etape=2/);
      // The URL changes before the step renders: step 1's button is still there.
      await expect(page.locator('main input[name="email"]')).toBeVisible();
      await submit(page);
      await page.waitForURL(/etape=3/);
      break;
    case 'open-first-case':
      await openFirstCase(page);
      break;
    case 'open-accept-dialog':
      await openFirstCase(page);
      await page.locator('main .actions button').first().click();
      await expect(page.getByRole('dialog')).toBeVisible();
      break;
    case 'select-cases':
      await selectCases(page);
      break;
    case 'bulk-accept-none':
      await bulkAcceptButton(page).click();
      break;
    case 'open-bulk-dialog':
      await openBulkDialog(page);
      break;
    case 'bulk-accept':
      await openBulkDialog(page);
      await page.locator('dialog[open] .dialog__actions button').first().click();
      await expect(page.locator('main .bulk-outcome .alert')).toBeFocused();
      break;
    case 'contest-empty':
      await openFirstCase(page);
      await page.locator('main .actions a').first().click();
      await page.waitForURL(/contestation/);
      await submit(page);
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      break;
    case 'request-reset':
      await requestReset(page);
      break;
    case 'request-reset-too-often':
      // 5 requests within 15 minutes are answered; the next is held back.
      await requestReset(page);
      for (let sent = 2; sent <= 6; sent += 1) {
        await page.locator('main .sent .button--secondary').click();
        await expect(
          page.locator(sent <= 5 ? 'main .alert--success' : 'main [role="alert"]'),
        ).toBeFocused();
      }
      break;
    case 'follow-reset-link':
      await followResetLink(page);
      break;
    case 'reset-weak-password':
      await followResetLink(page);
      await setNewPassword(page, 'soleil');
      await expect(page.locator('main [aria-invalid="true"]')).toBeVisible();
      break;
    case 'reset-password':
      await followResetLink(page);
      await setNewPassword(page, 'Pain-de-campagne-2027');
      await expect(page.locator('main a.button[href="/connexion"]')).toBeVisible();
      break;
    case 'reuse-reset-link': {
      const href = await followResetLink(page);
      await setNewPassword(page, 'Pain-de-campagne-2027');
      await expect(page.locator('main a.button[href="/connexion"]')).toBeVisible();
      await page.goto(href);
      await expect(page.locator('main h1')).toBeVisible();
      break;
    }
    case 'request-identifiant':
      await page.locator('main input[name="numeroCommercant"]').fill('9400000011');
      await page.locator('main input[name="email"]').fill('marie.durand@boulangerie-durand.fr');
      await submit(page);
      await expect(page.locator('main .alert--success, main [role="alert"]').first()).toBeVisible();
      break;
    default:
      break;
  }
}
