import type { Page } from '@playwright/test';
import { demo, expect, expectNoAxeViolations, openAs, reviewShot, test } from './fixtures';

const EXPLANATION =
  'La commande a été livrée le jour prévu ; le titulaire a signé le bon de livraison joint.';
// « 30/11/2026 à 9 h 05 » in Paris time, whatever the day the test runs.
const WHEN = '\\d{2}/\\d{2}/\\d{4} à \\d{1,2}\u00a0h\u00a0\\d{2}';

/** Opens the « à traiter » case whose days left read `label` (« J-1 »…); returns its number. */
async function openCaseDue(page: Page, label: string): Promise<string> {
  await openAs(page, demo.marie, '/litiges');
  const row = page.getByRole('table').locator('tbody tr').filter({ hasText: label }).first();
  const numero = (await row.getByRole('rowheader').textContent()) ?? '';
  await page.getByRole('link', { name: numero }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Dossier ${numero}` })).toBeVisible();
  return numero;
}

function journal(page: Page) {
  return page
    .getByRole('region', { name: 'Historique' })
    .getByRole('list', { name: 'Journal des actions' })
    .getByRole('listitem');
}

const line = (text: string, channel = 'web') => new RegExp(`^${text} — ${WHEN} — ${channel}$`);

test.describe('Le journal du dossier', () => {
  test('a view and an acceptance are in the timeline, and still there after a reload', async ({
    page,
  }) => {
    await openCaseDue(page, 'J-2');
    await expect(journal(page)).toHaveText([line('Consulté par Marie Durand')]);
    await expect(journal(page).first().locator('time')).toHaveAttribute('datetime', /Z$/);

    await page.getByRole('button', { name: 'Accepter', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer l’acceptation' }).click();
    await expect(page.getByText('Vous avez accepté le litige. Il est clos.')).toBeVisible();
    await expect(journal(page)).toHaveText([
      line('Consulté par Marie Durand'),
      line('Accepté par Marie Durand'),
    ]);

    // The server kept it; reading the case again within minutes is the same visit.
    await page.reload();
    await expect(journal(page)).toHaveText([
      line('Consulté par Marie Durand'),
      line('Accepté par Marie Durand'),
    ]);
    await expectNoAxeViolations(page, 'a case and its journal');
    await reviewShot(page, 'litiges-dossier-journal-fr');
  });

  test('a contest journals the draft, the contest and each document', async ({ page }) => {
    const numero = await openCaseDue(page, 'J-1');
    await page.getByRole('link', { name: 'Contester' }).click();
    await page.getByLabel('Votre explication', { exact: true }).fill(EXPLANATION);
    await page.getByLabel('Ajouter des fichiers', { exact: true }).setInputFiles([
      {
        name: 'bon-de-livraison.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\nbon de livraison'),
      },
    ]);
    await expect(page.getByRole('list', { name: 'Fichiers ajoutés' })).toContainText(
      'bon-de-livraison.pdf',
    );
    await page.getByRole('button', { name: 'Vérifier ma contestation' }).click();
    await page.getByRole('button', { name: 'Envoyer ma contestation' }).click();
    await expect(
      page.getByText('Votre contestation a été envoyée. Le litige est en cours d’examen.'),
    ).toBeVisible();

    await page.goto(`/litiges/${numero}`);
    const expected = [
      line('Consulté par Marie Durand'),
      line('Brouillon de contestation enregistré par Marie Durand'),
      line('Contesté par Marie Durand'),
      line('Pièce justificative «\u00a0bon-de-livraison.pdf\u00a0» ajoutée par Marie Durand'),
    ];
    await expect(journal(page)).toHaveText(expected);
    await page.reload();
    await expect(journal(page)).toHaveText(expected);
    await expectNoAxeViolations(page, 'a contested case and its journal');
  });
});
