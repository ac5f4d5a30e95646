import { test } from '@playwright/test';
import { openParcoursStep } from '../e2e/parcours';
import { outDir, shots } from './shots';

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
    await openParcoursStep(page, shot.step);
    await page.screenshot({ path: `${outDir}/${shot.file}`, fullPage: true });
    await context.close();
  });
}
