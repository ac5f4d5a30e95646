import { demo, expect, expectNoAxeViolations, openAs, reviewShot, test } from './fixtures';

test('« Imprimer le dossier » prints the case alone: no header, navigation, chat or toolbar', async ({
  page,
}) => {
  await openAs(page, demo.marie);
  await page.getByRole('link', { name: /en cours d’examen$/ }).click();
  await page.getByRole('table').getByRole('link').first().click();
  const heading = page.getByRole('heading', { level: 1, name: /^Dossier LT-/ });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pièces justificatives envoyées' })).toBeVisible();

  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-impression-demandee', 'oui');
  });
  await page.getByRole('button', { name: 'Imprimer le dossier' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-impression-demandee', 'oui');

  await page.emulateMedia({ media: 'print' });
  await expect(heading).toBeVisible();
  for (const region of [
    'Le litige',
    'Comment répondre à ce motif',
    'Historique',
    'Pièces justificatives envoyées',
  ]) {
    await expect(page.getByRole('region', { name: region })).toBeVisible();
  }
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: /^Chat/ })).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Outils de démonstration' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer le dossier' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Retour à la liste des litiges' })).toBeHidden();
  await expectNoAxeViolations(page, 'the printed case');
  await reviewShot(page, 'litiges-dossier-impression');
  await page.emulateMedia({ media: 'screen' });
});
