import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  COLD_START_MS,
  demo,
  expect,
  expectLoaded,
  expectNoAxeViolations,
  openAs,
  reviewShot,
  test,
} from './fixtures';

interface Statistics {
  periode: number;
  au: string;
  dossiers: { ouverts: number; acceptes: number; gagnes: number; perdus: number };
  tauxReussite: number | null;
  montants: { enJeu: number };
  parMois: { mois: string; ouverts: number }[];
  motifs: { code: string; dossiers: number }[];
}

const french = (count: number) => new Intl.NumberFormat('fr-FR').format(count);
const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The statistics the API answers while `action` runs. */
async function answered(page: Page, action: () => Promise<unknown>): Promise<Statistics> {
  const response = page.waitForResponse(
    (candidate) => new URL(candidate.url()).pathname === '/api/litiges/statistiques',
  );
  await action();
  return (await (await response).json()) as Statistics;
}

function summary(page: Page) {
  return page.getByRole('table', { name: /^Litiges ouverts du/ });
}

function months(page: Page) {
  return page.getByRole('table', { name: /^Litiges ouverts par mois/ });
}

/** The value beside a figure's label in the summary table. */
function figure(page: Page, label: string) {
  return summary(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${label}`) }) })
    .getByRole('cell');
}

/** The page shows what the API answered: the summary, one row per month, the reasons. */
async function showsFigures(page: Page, stats: Statistics) {
  await expect(figure(page, 'Litiges ouverts')).toHaveText(french(stats.dossiers.ouverts));
  await expect(figure(page, 'Acceptés')).toHaveText(french(stats.dossiers.acceptes));
  await expect(figure(page, 'Gagnés')).toHaveText(french(stats.dossiers.gagnes));
  await expect(figure(page, 'Perdus')).toHaveText(french(stats.dossiers.perdus));
  await expect(figure(page, 'Montant en jeu')).toHaveText(euros(stats.montants.enJeu));
  await expect(months(page).locator('tbody tr')).toHaveCount(stats.parMois.length);
  await expect(months(page).locator('tbody td')).toHaveText(
    stats.parMois.map((month) => french(month.ouverts)),
  );
  await expect(
    page.getByRole('table', { name: /^Motifs les plus fréquents/ }).getByRole('rowheader'),
  ).toHaveText(stats.motifs.map((motif) => new RegExp(`^${motif.code} `)));
  await expectLoaded(page, 'the statistics');
}

test.describe('Statistiques des litiges', () => {
  test('figures from the navigation, the period from the keyboard, CSV of the figures', async ({
    page,
  }) => {
    await openAs(page, demo.marie);
    const six = await answered(page, () =>
      page
        .getByRole('navigation', { name: 'Mon espace' })
        .getByRole('link', { name: 'Statistiques' })
        .click(),
    );
    await expect(
      page.getByRole('heading', { level: 1, name: 'Statistiques des litiges' }),
    ).toBeFocused();
    expect(six.periode).toBe(6);
    await showsFigures(page, six);
    // The chart is one labelled image; its figures are the table's.
    await expect(
      page.getByRole('img', { name: /^Diagramme en barres des litiges ouverts par mois/ }),
    ).toBeVisible();
    await expect(page.getByRole('radio', { name: '6 derniers mois' })).toBeChecked();
    await expectNoAxeViolations(page, 'the statistics, 6 months');
    await reviewShot(page, 'litiges-statistiques-fr');

    // One tab stop for the group; the arrow keys choose the period.
    await page.getByRole('radio', { name: '6 derniers mois' }).focus();
    const twelve = await answered(page, () => page.keyboard.press('ArrowRight'));
    await expect(page).toHaveURL(/\/litiges\/statistiques\?periode=12$/);
    await expect(page.getByRole('radio', { name: '12 derniers mois' })).toBeFocused();
    await expect(page.getByRole('radio', { name: '12 derniers mois' })).toBeChecked();
    await showsFigures(page, twelve);
    await expectNoAxeViolations(page, 'the statistics, 12 months');

    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Exporter les chiffres (CSV)' })).toBeFocused();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toBe(`statistiques-litiges-12-${twelve.au}.csv`);
    const bytes = await readFile(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Indicateur;Valeur');
    expect(lines).toContain(`Litiges ouverts;${twelve.dossiers.ouverts}`);
    expect(lines).toContain('Code motif;Motif;Litiges');
    await expect(page.getByText(/^Export prêt\s: les chiffres du/)).toBeVisible();

    // Back restores the previous period and its figures.
    await page.goBack();
    await expect(page.getByRole('radio', { name: '6 derniers mois' })).toBeChecked();
    await showsFigures(page, six);
  });

  test('is linked from the list of disputes', async ({ page }) => {
    await openAs(page, demo.marie, '/litiges');
    await page.getByRole('link', { name: 'Voir les statistiques des litiges' }).click();
    await expect(page).toHaveURL(/\/litiges\/statistiques$/);
    await expect(summary(page)).toBeVisible();
  });

  test('empty: no case opened in the period', async ({ page }) => {
    await openAs(page, demo.marie, '/litiges/statistiques', { scenario: 'aucun-litige' });
    await expect(page.getByText(/^Aucun litige n’a été ouvert du/)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectLoaded(page);
    await expectNoAxeViolations(page, 'the statistics, empty');
  });

  test('error: the server fails on a period change; « Réessayer » loads the figures', async ({
    page,
    context,
  }) => {
    await openAs(page, demo.marie, '/litiges/statistiques');
    await expect(summary(page)).toBeVisible();
    // The mock server is one per browser: a scenario set in another tab applies to this one.
    const other = await context.newPage();
    await other.goto('/?scenario=erreur-serveur');
    await expect(other.getByText('Scénario : erreur-serveur')).toBeVisible();
    await page.getByRole('radio', { name: '3 derniers mois' }).check();
    const alert = page.getByRole('alert').filter({ hasText: 'Les statistiques n’ont pas pu' });
    await expect(alert).toBeVisible();
    await expectLoaded(page);
    await expectNoAxeViolations(page, 'the statistics, server error');

    const restored = other.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/session' && response.ok(),
    );
    await other.goto('/?scenario=par-defaut');
    await restored;
    await other.close();
    const three = await answered(page, () =>
      alert.getByRole('button', { name: 'Réessayer' }).click(),
    );
    await expect(alert).toHaveCount(0);
    await showsFigures(page, three);
  });

  test('an account without the dispute tool is asked to activate it', async ({ page }) => {
    await openAs(page, demo.paul, '/litiges/statistiques');
    await expect(
      page.getByRole('region', { name: 'Activez la gestion des litiges' }),
    ).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the statistics, not subscribed');
  });

  test('nombreux-litiges: the figures of 5,000 disputes over 12 months', async ({ page }) => {
    const stats = await answered(page, () =>
      openAs(page, demo.marie, '/litiges/statistiques', {
        scenario: 'nombreux-litiges',
        periode: '12',
      }),
    );
    await expect(summary(page)).toBeVisible({ timeout: COLD_START_MS });
    expect(stats.dossiers.ouverts).toBeGreaterThan(1000);
    await showsFigures(page, stats);
    await expectNoAxeViolations(page, 'the statistics, 5,000 disputes');
  });
});
