import type { Page } from '@playwright/test';
import { demo, expect, expectNoAxeViolations, openAs, test } from './fixtures';

const SETTING = 'Rappels avant la date limite';

function toolbar(page: Page) {
  return page.getByRole('complementary', { name: 'Outils de démonstration' });
}

async function openToolbar(page: Page) {
  await toolbar(page).getByRole('button', { name: 'Outils de démo' }).click();
  await expect(toolbar(page).getByRole('heading', { name: 'E-mails envoyés' })).toBeVisible();
}

async function closeToolbar(page: Page) {
  await toolbar(page).getByRole('button', { name: 'Fermer les outils' }).click();
  await expect(toolbar(page).getByRole('heading', { name: 'E-mails envoyés' })).toHaveCount(0);
}

/** The reminders in « E-mails envoyés », by the subject line each is listed under. */
function reminders(page: Page) {
  return toolbar(page)
    .locator('summary')
    .filter({ hasText: /^Rappel\s:\sréponse attendue avant le \d{2}\/\d{2}\/\d{4} — / });
}

/** The dashboard's notice of the disputes due soon. */
function dueSoonNotice(page: Page) {
  return page
    .getByRole('region', { name: 'Vos litiges' })
    .getByRole('status')
    .filter({ hasText: 'date limite de réponse d’ici' });
}

/** The mock clock moves to a Paris wall-clock time, as QA does with `?horloge=`. */
async function moveClock(page: Page, parisLocal: string, path = '/tableau-de-bord') {
  await page.goto(`${path}?horloge=${parisLocal}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Demo data from a known day: cases to answer due on the 1st, 2nd, 3rd, 4th, 7th, 10th … December. */
async function startOnFirstDecember(page: Page) {
  // The clock first, then a data scenario seeds the demo data from its day.
  await openAs(page, demo.marie, '/tableau-de-bord', { horloge: '2026-12-01T09:00' });
  await openAs(page, demo.marie, '/tableau-de-bord', { scenario: 'abonne-avec-litiges' });
}

test.describe('Rappels avant la date limite de réponse', () => {
  test('marie.durand sees the notice, then each reminder arrives as the clock moves, linking to its case', async ({
    page,
  }) => {
    await startOnFirstDecember(page);

    const notice = dueSoonNotice(page);
    await expect(notice).toHaveText(
      /^4 litiges à traiter arrivent à leur date limite de réponse d’ici 3\sjours\./,
    );
    const link = notice.getByRole('link', { name: 'Voir les litiges à traiter, par date limite' });
    await expect(link).toHaveAttribute('href', '/litiges');
    await expectNoAxeViolations(page, 'dashboard with the due-soon notice');

    // Nothing is sent for the day the data starts.
    await openToolbar(page);
    await expect(toolbar(page).getByText('Aucun e-mail envoyé pour l’instant.')).toBeVisible();
    await closeToolbar(page);

    // The next morning: the 1-day reminder of the case due on the 3rd, the 5-day one of the 7th.
    await moveClock(page, '2026-12-02T09:00');
    await openToolbar(page);
    await expect(reminders(page)).toHaveCount(2);
    await expect(reminders(page).filter({ hasText: 'avant le 03/12/2026' })).toHaveCount(1);
    const seventh = reminders(page).filter({ hasText: 'avant le 07/12/2026' });
    await expect(seventh).toHaveText(
      /^Rappel\s:\sréponse attendue avant le 07\/12\/2026 — marie\.durand@boulangerie-durand\.fr$/,
    );
    await seventh.click();
    const body = toolbar(page).locator('details[open] pre');
    await expect(body).toContainText(/Date limite de réponse\s:\s07\/12\/2026 à 23\sh\s59/);
    const caseLink = body.getByRole('link', { name: /\/litiges\/LT-\d{4}-\d{6}$/ });
    await expect(caseLink).toBeVisible();
    await expectNoAxeViolations(page, 'a reminder open in « E-mails envoyés »');
    const caseNumber = (await caseLink.textContent())?.split('/').at(-1) ?? '';
    await caseLink.click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Dossier ${caseNumber}` }),
    ).toBeVisible();
    await closeToolbar(page);

    // Back to the same day: nothing is sent twice.
    await moveClock(page, '2026-12-02T17:00');
    await openToolbar(page);
    await expect(reminders(page)).toHaveCount(2);
    await closeToolbar(page);
  });

  test('switched off in the settings, the reminders stop', async ({ page }) => {
    await startOnFirstDecember(page);
    await page.goto('/parametres/notifications');
    const setting = page.getByRole('checkbox', { name: SETTING });
    await expect(setting).toBeChecked();
    await setting.uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(
      page.getByText('Vos préférences de notification sont enregistrées.'),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'notification settings with the reminders off');

    // On the 6th, the 7th's and the 10th's reminders would be due.
    await moveClock(page, '2026-12-06T09:00');
    await expect(dueSoonNotice(page)).toHaveText(
      /^1 litige à traiter arrive à sa date limite de réponse d’ici 3\sjours\./,
    );
    await openToolbar(page);
    await expect(toolbar(page).getByText('Aucun e-mail envoyé pour l’instant.')).toBeVisible();
    await expect(reminders(page)).toHaveCount(0);
    await closeToolbar(page);
  });

  test('a clock jump over both reminder days sends only the latest one due', async ({ page }) => {
    await startOnFirstDecember(page);
    // The 7th's 5-day (2nd) and 1-day (6th) days are jumped over; the 10th's 5-day day too.
    await moveClock(page, '2026-12-06T09:00');
    await openToolbar(page);
    await expect(reminders(page).filter({ hasText: 'avant le 07/12/2026' })).toHaveCount(1);
    await expect(reminders(page).filter({ hasText: 'avant le 10/12/2026' })).toHaveCount(1);
    await expect(reminders(page)).toHaveCount(2);
    await closeToolbar(page);
    // No dashboard notice once nothing is due within 3 days: on the 15th the next is the 19th.
    await moveClock(page, '2026-12-15T09:00');
    await expect(
      page.getByRole('region', { name: 'Vos litiges' }).getByRole('link').first(),
    ).toBeVisible();
    await expect(dueSoonNotice(page)).toHaveCount(0);
    await expectNoAxeViolations(page, 'dashboard with no case due soon');
  });
});
