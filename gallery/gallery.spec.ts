import { expect, test, type Page } from '@playwright/test';
import { parcoursHref, type ParcoursStep } from '../mocks/devtools/parcours';
import { outDir, shots } from './shots';

async function play(page: Page, step: ParcoursStep) {
  switch (step.play) {
    case 'submit-empty-login':
      await page.locator('main form button[type="submit"]').click();
      await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
      break;
    case 'wrong-password':
      await page.locator('main input[name="identifiant"]').fill('marie.durand');
      await page.locator('main input[name="password"]').fill('pas-le-bon-mot-de-passe');
      await page.locator('main form button[type="submit"]').click();
      await expect(page.getByRole('alert')).toBeVisible();
      break;
    case 'open-idle-warning':
      await page.clock.fastForward('14:05');
      await expect(page.getByRole('alertdialog')).toBeVisible();
      break;
    default:
      break;
  }
}

for (const shot of shots) {
  test(`${shot.file}`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: shot.width.width, height: shot.width.height },
      locale: shot.language === 'fr' ? 'fr-FR' : 'en-GB',
    });
    const page = await context.newPage();
    await page.addInitScript((language) => {
      localStorage.setItem('espace-commercant:langue', language);
    }, shot.language);
    if (shot.step.play === 'open-idle-warning') await page.clock.install();
    await page.goto(parcoursHref(shot.step));
    await expect(page.locator('h1')).toBeVisible();
    await play(page, shot.step);
    await page.screenshot({ path: `${outDir}/${shot.file}`, fullPage: true });
    await context.close();
  });
}
