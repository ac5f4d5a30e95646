import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  demo,
  expect,
  expectLoaded,
  expectNoAxeViolations,
  login,
  openAs,
  reviewShot,
  test,
} from './fixtures';

const MB = 1024 * 1024;
const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PDF_HEAD = Buffer.from('%PDF-1.7\n');
const EXPLANATION =
  'La commande a été livrée le jour prévu ; le titulaire a signé le bon de livraison joint.';

/** `size` bytes of a real document: the first bytes of its type, then filler. */
function documentBytes(head: Buffer, size: number, fill: number): Buffer {
  const bytes = Buffer.alloc(size, fill);
  head.copy(bytes);
  return bytes;
}

async function openDisputes(page: Page) {
  await page
    .getByRole('navigation', { name: 'Mon espace' })
    .getByRole('link', { name: 'Litiges' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gestion des litiges' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
}

function rows(page: Page) {
  return page.getByRole('table').locator('tbody tr');
}

/** The case of the « à traiter » row whose days left read `label` (« J-1 »…). */
async function caseDue(page: Page, label: string): Promise<string> {
  const row = rows(page).filter({ hasText: label }).first();
  return (await row.getByRole('rowheader').textContent()) ?? '';
}

test.describe('Litiges', () => {
  test('the list: tabs, sort, filters, pages and Back, all in the URL; CSV of the whole view', async ({
    page,
  }) => {
    await openAs(page, demo.marie);
    await openDisputes(page);
    await expect(page).toHaveURL(/\/litiges$/);
    await expect(rows(page)).toHaveCount(10);
    await expect(rows(page).first()).toContainText('Urgent');
    await expect(rows(page).first()).toContainText('aujourd’hui');
    await expect(rows(page).nth(1)).toContainText('J-1');
    await expect(page.getByRole('columnheader', { name: /Date limite/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await reviewShot(page, 'litiges-liste-fr');

    await page.getByRole('link', { name: /^Clos/ }).click();
    await expect(page).toHaveURL(/\/litiges\?tab=clos$/);
    await expect(page.getByRole('link', { name: /^Clos/ })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('Page 1 sur 2')).toBeVisible();
    await page.getByRole('button', { name: /Montant en litige/ }).click();
    await expect(page).toHaveURL(/tab=clos&sort=amount&order=desc$/);
    await expect(page.getByRole('columnheader', { name: /Montant en litige/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await expect(page).toHaveURL(/tab=clos&sort=amount&order=desc&page=2$/);
    await expect(page.getByText('Page 2 sur 2')).toBeVisible();
    await page.goBack();
    await expect(page.getByText('Page 1 sur 2')).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Montant en litige/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await page.getByLabel('Type', { exact: true }).selectOption('action-compensatoire');
    await page.getByLabel('Ouverts à partir du', { exact: true }).fill('2020-01-01');
    await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
    await expect(page).toHaveURL(/type=action-compensatoire&du=2020-01-01/);
    // The URL changes before the new view renders: wait until no row of another type is left.
    await expect(rows(page).filter({ hasNotText: 'Débit compensatoire' })).toHaveCount(0);
    await expect(page.locator('.table-scroll')).not.toHaveAttribute('aria-busy', 'true');
    const count = Number(
      (await page.getByRole('link', { name: /^Clos/ }).locator('[aria-hidden]').textContent()) ??
        '0',
    );

    // A link reproduces the view.
    const url = page.url();
    await page.goto('/tableau-de-bord');
    await page.goto(url);
    await expect(page.getByLabel('Type', { exact: true })).toHaveValue('action-compensatoire');
    await expect(page.getByRole('columnheader', { name: /Montant en litige/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter (CSV)' }).click();
    const file = await (await download).path();
    const bytes = await readFile(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
    const [header, ...data] = lines.map((line) => line.split(';'));
    expect(header).toEqual([
      'Numéro de dossier',
      'Type',
      'Statut',
      'Code motif',
      'Motif',
      'Montant en litige (EUR)',
      'Date de la transaction',
      'Date d’ouverture',
      'Date limite de réponse',
      'Jours restants',
      'Carte',
      'Référence du titulaire',
    ]);
    // Every matching row, not only the page on screen, in the order of the view.
    expect(data).toHaveLength(count);
    for (const row of data) {
      expect(row[0]).toMatch(/^LT-\d{4}-\d{6}$/);
      expect(row[1]).toBe('Débit compensatoire');
      expect(row[5]).toMatch(/^\d+,\d{2}$/);
      expect(row[7]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(row[10]).toMatch(/^…\d{4}$/);
    }
    const amounts = data.map((row) => Number(row[5]?.replace(',', '.')));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    await expect(page.getByText(`Export prêt\u00a0: ${count} litiges.`)).toBeVisible();

    await page
      .getByLabel('Numéro de dossier ou référence du titulaire', { exact: true })
      .fill('introuvable');
    await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
    await expect(page.getByText(/Aucun litige ne correspond à ces critères/)).toBeVisible();
  });

  test('accepting a case after the confirmation dialog', async ({ page }) => {
    await openAs(page, demo.marie);
    await openDisputes(page);
    const numero = await caseDue(page, 'J-2');
    await page.getByRole('link', { name: numero }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Dossier ${numero}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Comment répondre à ce motif' })).toBeVisible();
    await reviewShot(page, 'litiges-dossier-fr');

    await page.getByRole('button', { name: 'Accepter', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('déjà débité de votre compte, reste acquis au titulaire');
    await reviewShot(page, 'litiges-accepter-fr');
    const sent = page.waitForRequest((request) => request.url().endsWith('/acceptation'));
    await dialog.getByRole('button', { name: 'Confirmer l’acceptation' }).click();
    await expect(page.getByText('Vous avez accepté le litige. Il est clos.')).toBeVisible();
    expect(await (await sent).headerValue('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page.getByText('Accepté', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Accepter', exact: true })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Historique' })).toContainText('Litige accepté');

    await page.getByRole('link', { name: 'Retour à la liste des litiges' }).click();
    await expect(rows(page)).toHaveCount(9);
  });

  test('contesting with files: refusals, draft across reload, review, progress, « En cours d’examen »', async ({
    page,
  }) => {
    await openAs(page, demo.marie);
    await openDisputes(page);
    const numero = await caseDue(page, 'J-1');
    await page.goto(`/litiges/${numero}/contestation`);
    const explanation = page.getByLabel('Votre explication', { exact: true });
    await expect(explanation).toBeVisible();
    await page.getByRole('button', { name: 'Vérifier ma contestation' }).click();
    await expect(page.getByRole('group', { name: /Corrigez les erreurs suivantes/ })).toBeFocused();
    const input = page.getByLabel('Ajouter des fichiers', { exact: true });
    await input.setInputFiles([
      { name: 'lettre.docx', mimeType: 'application/msword', buffer: Buffer.from('doc') },
      { name: 'scan.tiff', mimeType: 'image/tiff', buffer: Buffer.alloc(6 * MB, 1) },
    ]);
    const refused = page.getByRole('alert').filter({ hasText: 'Certains fichiers' });
    await expect(refused).toContainText('«\u00a0lettre.docx\u00a0» n’est pas accepté');
    await expect(refused).toContainText('«\u00a0scan.tiff\u00a0» pèse 6\u00a0Mo');
    await reviewShot(page, 'litiges-contester-erreurs-fr');

    await input.setInputFiles(
      Array.from({ length: 6 }, (_, index) => ({
        name: `piece-${index + 1}.pdf`,
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.4 ${index}`),
      })),
    );
    await expect(refused).toContainText(
      '«\u00a0piece-6.pdf\u00a0» n’a pas été ajouté\u00a0: 5 fichiers au maximum.',
    );
    const list = page.getByRole('list', { name: 'Fichiers ajoutés' });
    await expect(list.getByRole('listitem')).toHaveCount(5);
    for (const index of [2, 3, 4, 5]) {
      await page.getByRole('button', { name: `Retirer piece-${index}.pdf` }).click();
    }
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await input.setInputFiles([
      {
        name: 'preuve-livraison.png',
        mimeType: 'image/png',
        buffer: documentBytes(PNG_HEAD, 2 * MB, 7),
      },
    ]);
    await expect(list).toContainText('preuve-livraison.png');
    await expect(list).toContainText('2\u00a0Mo');

    await explanation.fill(EXPLANATION);
    await expect(page.getByText(`${EXPLANATION.length} / 2\u202f000 caractères`)).toBeVisible();
    // Files live for the session, the explanation survives a reload.
    await page.getByRole('link', { name: 'Retour au dossier' }).first().click();
    await expect(
      page.getByText('Un brouillon de contestation est enregistré pour ce dossier.'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Contester' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await page.reload();
    await expect(explanation).toHaveValue(EXPLANATION);
    // The files did not survive the reload: the form names the ones to add again.
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Les fichiers choisis n’ont pas été conservés' })
        .getByRole('listitem'),
    ).toHaveText(['piece-1.pdf', 'preuve-livraison.png']);

    await input.setInputFiles([
      {
        name: 'preuve-livraison.pdf',
        mimeType: 'application/pdf',
        buffer: documentBytes(PDF_HEAD, 3 * MB, 5),
      },
    ]);
    await page.getByRole('button', { name: 'Vérifier ma contestation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Étape 2 sur 2/ })).toBeFocused();
    await expect(page.getByText(EXPLANATION)).toBeVisible();
    await reviewShot(page, 'litiges-contester-verification-fr');
    await page.getByRole('button', { name: 'Envoyer ma contestation' }).click();
    await expect(
      page.getByText('Votre contestation a été envoyée. Le litige est en cours d’examen.'),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Le litige' })).toContainText(
      'En cours d’examen',
    );
    await expect(page.getByRole('region', { name: 'Historique' })).toContainText(
      'Contestation envoyée',
    );
    const documents = page.getByRole('region', { name: 'Pièces justificatives envoyées' });
    await expect(documents).toContainText('preuve-livraison.pdf');
    await expect(documents).toContainText('PDF, 3\u00a0Mo');
    await expect(page.getByText('Ce litige ne peut plus recevoir de réponse')).toBeVisible();
    await reviewShot(page, 'litiges-contestation-envoyee-fr');
  });

  test('a web page renamed .pdf is refused by its content, in the form and by the API', async ({
    page,
  }) => {
    await openAs(page, demo.marie);
    await openDisputes(page);
    const numero = await caseDue(page, 'J-1');
    await page.goto(`/litiges/${numero}/contestation`);
    const input = page.getByLabel('Ajouter des fichiers', { exact: true });
    const webPage = Buffer.from('<!DOCTYPE html><title>Facture</title><h1>Payé</h1>');
    await input.setInputFiles([
      { name: 'facture.pdf', mimeType: 'application/pdf', buffer: webPage },
    ]);
    const refused = page.getByRole('alert').filter({ hasText: 'Certains fichiers' });
    await expect(refused).toContainText(
      '«\u00a0facture.pdf\u00a0» n’est pas un vrai fichier PDF\u00a0: son contenu ne correspond pas à son nom.',
    );
    await expect(input).toHaveAccessibleDescription(/«\u00a0facture\.pdf\u00a0» n’est pas un vrai/);
    await expect(page.getByText(/^Aucun fichier ajouté\./)).toBeVisible();
    await expectNoAxeViolations(page, 'contest form, a file refused for its content');
    await reviewShot(page, 'litiges-contester-contenu-refuse-fr');

    // The API, in the mock server's worker, refuses it too when the form's check is skipped.
    const answer = await page.evaluate(
      async ({ path, html }) => {
        const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
        const body = new FormData();
        body.set('explication', 'Le titulaire a signé le bon de livraison joint.');
        body.append('documents', new File([html], 'facture.pdf', { type: 'application/pdf' }));
        const response = await fetch(path, {
          method: 'POST',
          headers: { 'X-CSRF-Token': session.csrfToken },
          body,
        });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      { path: `/api/litiges/${numero}/contestation`, html: webPage.toString() },
    );
    expect(answer).toEqual({
      status: 400,
      body: {
        code: 'VALIDATION',
        fieldErrors: { 'documents.0.contenu': 'disputes:contest.documents.contentMismatch' },
      },
    });
  });

  test('read-only cases say why', async ({ page }) => {
    await openAs(page, demo.marie);
    await page.goto('/litiges?tab=clos&sort=deadline&order=desc');
    // Exact: « Autorisation expirée » is a motif.
    const expired = rows(page)
      .filter({ has: page.getByText('Expiré', { exact: true }) })
      .first();
    await expired.getByRole('rowheader').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: /^Dossier/ })).toBeVisible();
    await expect(page.getByText('Ce litige ne peut plus recevoir de réponse')).toBeVisible();
    await expect(page.getByText('Statut : Expiré.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Accepter', exact: true })).toHaveCount(0);
  });

  test('an account without the tool gets the activation prompt', async ({ page }) => {
    await openAs(page, demo.paul);
    await page.goto('/litiges');
    await expect(
      page.getByRole('region', { name: 'Activez la gestion des litiges' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Activer la gestion des litiges' }).click();
    await expect(page).toHaveURL(/\/litiges\/activation$/);
  });

  test('English, and a phone-sized screen', async ({ page }) => {
    await openAs(page, demo.marie);
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('navigation', { name: 'Merchant area' })
      .getByRole('link', { name: 'Disputes' })
      .click();
    await page.getByRole('link', { name: /^Closed/ }).click();
    // The previous tab's heading and table are on screen until the closed tab renders.
    await expect(page.getByRole('link', { name: /^Closed/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Dispute management' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    // The previous tab's rows stay, dimmed, until the closed cases arrive.
    await expectLoaded(page, 'the closed cases');
    await expectNoAxeViolations(page, 'dispute list in English');
    await reviewShot(page, 'litiges-liste-en');
    await page.setViewportSize({ width: 390, height: 844 });
    // A card per case, and nothing wider than the screen.
    await expect(page.getByRole('table')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expectNoAxeViolations(page, 'dispute list on a phone');
    await reviewShot(page, 'litiges-liste-en-mobile');
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('listitem').getByRole('link', { name: /^LT-/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: /^Dossier/ })).toBeVisible();
    await expectNoAxeViolations(page, 'dispute case on a phone');
    await reviewShot(page, 'litiges-dossier-fr-mobile');
  });
});

test.describe('Litiges, when the session ends while answering', () => {
  // The fake clock stays for the profile's life: this test gets a profile of its own.
  test.use({ freshProfile: true });

  test('the contest text and unsaved settings come back after the new login; the files to add again are named', async ({
    page,
  }) => {
    await page.clock.install();
    await openAs(page, demo.marie, '/parametres/notifications');
    const email = page.getByLabel('Adresse e-mail des notifications', { exact: true });
    await email.fill('compta@boulangerie-durand.fr');
    await openDisputes(page);
    const numero = await caseDue(page, 'J-1');
    await page.getByRole('link', { name: numero }).click();
    await page.getByRole('link', { name: 'Contester' }).click();
    const explanation = page.getByLabel('Votre explication', { exact: true });
    await explanation.fill(EXPLANATION);
    const input = page.getByLabel('Ajouter des fichiers', { exact: true });
    const files = [
      {
        name: 'bon-de-livraison.pdf',
        mimeType: 'application/pdf',
        buffer: documentBytes(PDF_HEAD, 40_000, 3),
      },
      {
        name: 'photo-colis.png',
        mimeType: 'image/png',
        buffer: documentBytes(PNG_HEAD, 30_000, 4),
      },
    ];
    await input.setInputFiles(files);
    const list = page.getByRole('list', { name: 'Fichiers ajoutés' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await page.getByRole('button', { name: 'Vérifier ma contestation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Étape 2 sur 2/ })).toBeVisible();

    // Fifteen idle minutes: the app ends the session and asks for a new login.
    await page.clock.fastForward('16:00');
    await expect(page).toHaveURL(/\/connexion\?.*raison=inactivite/);
    await expect(page.getByText(/Votre session a expiré/)).toBeVisible();
    await login(page, demo.marie.identifiant, demo.marie.password);
    // Back at the review's address; without its files, the review opens on the form.
    await expect(page).toHaveURL(new RegExp(`/litiges/${numero}/contestation\\?etape=2$`));
    await expect(page.getByRole('heading', { level: 1, name: /Étape 1 sur 2/ })).toBeVisible();
    await expect(explanation).toHaveValue(EXPLANATION);
    const notice = page.getByRole('status').filter({
      hasText: 'Les fichiers choisis n’ont pas été conservés\u00a0: ajoutez-les à nouveau.',
    });
    await expect(notice.getByRole('listitem')).toHaveText([
      'bon-de-livraison.pdf',
      'photo-colis.png',
    ]);
    await expect(input).toHaveAccessibleDescription(/Fichiers à ajouter de nouveau/);
    await expectNoAxeViolations(page, 'contest form after an expired session');
    await reviewShot(page, 'litiges-contester-apres-expiration-fr');

    await input.setInputFiles(files);
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(notice).toHaveCount(0);
    await page.getByRole('button', { name: 'Vérifier ma contestation' }).click();
    await page.getByRole('button', { name: 'Envoyer ma contestation' }).click();
    await expect(
      page.getByText('Votre contestation a été envoyée. Le litige est en cours d’examen.'),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Pièces justificatives envoyées' }),
    ).toContainText('photo-colis.png');

    await page.goto('/parametres/notifications');
    await expect(email).toHaveValue('compta@boulangerie-durand.fr');
    await expect(
      page.getByText(
        'Nous avons conservé les modifications que vous n’aviez pas encore enregistrées.',
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'notification settings restored after an expired session');
  });
});

test.describe('Litiges à grande échelle (5 000)', () => {
  /** Runs `action`, then checks the table shows the first row and the range the API answered. */
  async function showsAnswer(page: Page, action: () => Promise<void>) {
    const answered = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/litiges',
    );
    await action();
    const body = (await (await answered).json()) as {
      items: { numeroDossier: string }[];
      page: number;
      total: number;
    };
    const start = (body.page - 1) * 25 + 1;
    // Counts read as French writes them: « 1 à 25 sur 3 517 ».
    const french = (count: number) => new Intl.NumberFormat('fr-FR').format(count);
    await expect(page.getByRole('table').getByRole('rowheader').first()).toHaveText(
      body.items[0]?.numeroDossier ?? '',
    );
    await expect(page.getByRole('table').locator('caption')).toContainText(
      `${french(start)} à ${french(start + body.items.length - 1)} sur ${french(body.total)},`,
    );
    await expect(rows(page)).toHaveCount(body.items.length);
  }

  test('first page, tab switch, filter and next page show what the API answered; a reload keeps it all', async ({
    page,
  }) => {
    await openAs(page, demo.marie, '/tableau-de-bord', { scenario: 'nombreux-litiges' });
    await showsAnswer(page, () =>
      page
        .getByRole('navigation', { name: 'Mon espace' })
        .getByRole('link', { name: 'Litiges' })
        .click(),
    );
    await showsAnswer(page, () => page.getByRole('link', { name: /^Clos/ }).click());
    await showsAnswer(page, async () => {
      await page.getByLabel('Type', { exact: true }).selectOption('demande-informations');
      await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
    });
    await showsAnswer(page, () => page.getByRole('link', { name: 'Page suivante' }).click());

    // The server keeps the 5,000 disputes and the session across a reload.
    const url = page.url();
    await showsAnswer(page, () => page.reload().then(() => undefined));
    expect(page.url()).toBe(url);
    await expect(page.getByText('Page 2 sur')).toBeVisible();
  });
});
