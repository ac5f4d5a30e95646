import type { Page } from '@playwright/test';
import { demo, expect, expectNoAxeViolations, login, openAs, reviewShot, test } from './fixtures';

// A Wednesday in the chat's hours, and a Saturday, in Paris wall-clock (the mock clock).
const OPEN = '2026-12-02T10:00';
const SATURDAY = '2026-12-05T10:00';
const NBSP = '\u00a0';

/** marie.durand's dashboard, logged in, at `clock` on the mock server's clock. */
async function loginAt(page: Page, clock: string, scenario?: string) {
  await openAs(page, demo.marie, '/tableau-de-bord', {
    horloge: clock,
    ...(scenario ? { scenario } : {}),
  });
  await expect(page.getByText(/^Horloge/)).toBeVisible();
}

function chatLog(page: Page) {
  return page.getByRole('log', { name: 'Conversation avec le service client' });
}

test.describe('Nous contacter et chat', () => {
  test('a full conversation: greeting, typing, answer, kept across pages, Esc and focus', async ({
    page,
  }) => {
    await loginAt(page, OPEN);
    await expect(page.getByText(`Horloge${NBSP}: 02/12/2026 à 10${NBSP}h${NBSP}00`)).toBeVisible();
    const button = page.getByRole('button', { name: 'Chat', exact: true });
    await button.click();
    const panel = page.getByRole('dialog', { name: 'Chat en direct' });
    const input = panel.getByRole('textbox', { name: 'Votre message' });
    await expect(input).toBeFocused();
    await expect(chatLog(page).getByRole('listitem')).toHaveText([
      `Camille, service client à 10${NBSP}h${NBSP}00Bonjour Marie Durand, je suis Camille, du service client. Comment puis-je vous aider${NBSP}?`,
    ]);

    await input.fill('Comment contester un litige ?');
    await input.press('Enter');
    await expect(panel.getByText('Le conseiller écrit…')).toBeVisible();
    await expect(chatLog(page).getByRole('listitem')).toHaveCount(3);
    await expect(chatLog(page).getByRole('listitem').nth(2)).toContainText(
      `rubrique «${NBSP}Litiges${NBSP}»`,
    );
    await expect(panel.getByText('Le conseiller écrit…')).toBeHidden();

    // A long message wraps inside the panel: no sideways scrolling.
    await input.fill(`${'Remboursement'.repeat(30)} https://exemple.fr/${'a'.repeat(120)}`);
    await input.press('Enter');
    await expect(chatLog(page).getByRole('listitem')).toHaveCount(4);
    const overflow = await chatLog(page).evaluate((log) => log.scrollWidth - log.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(chatLog(page).getByRole('listitem')).toHaveCount(5);
    await reviewShot(page, 'contact-conversation');

    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();

    await page.getByRole('link', { name: 'Nous contacter' }).click();
    await expect(page.getByRole('heading', { name: 'Nous contacter', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    await expect(chatLog(page).getByRole('listitem')).toHaveCount(5);
    await reviewShot(page, 'contact-contact-logged-in-panel');
    await expectNoAxeViolations(page, 'contact page with the chat panel open');

    await page.getByRole('button', { name: 'Fermer le chat' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByRole('heading', { name: 'Connexion', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Chat/ })).toHaveCount(0);
  });

  test('outside the hours the button says when the chat opens, and no conversation starts', async ({
    page,
  }) => {
    await loginAt(page, SATURDAY);
    const button = page.getByRole('button', {
      name: `Chat — ouvre lundi à 9${NBSP}h${NBSP}00`,
    });
    await button.click();
    const panel = page.getByRole('dialog', { name: 'Chat en direct' });
    await expect(panel.getByRole('status')).toHaveText(
      `Le chat est fermé. Réouverture lundi à 9${NBSP}h${NBSP}00.`,
    );
    await expect(panel.getByRole('textbox')).toHaveCount(0);
    await expect(
      panel.getByRole('link', { name: `01${NBSP}47${NBSP}77${NBSP}75${NBSP}75` }),
    ).toHaveAttribute('href', 'tel:+33147777575');
    await reviewShot(page, 'contact-closed');
    await page.keyboard.press('Escape');
    await expect(button).toBeFocused();

    await page.goto('/contact');
    await expect(page.getByText('Fermé — réouverture lundi à 9 h 00')).toHaveCount(2);
  });

  test('a lost connection is said, and what is typed meanwhile is sent once it is back', async ({
    page,
    context,
  }) => {
    await loginAt(page, OPEN);
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Chat en direct' });
    await expect(chatLog(page).getByRole('listitem')).toHaveCount(1);

    await context.setOffline(true);
    await expect(panel.getByText(/^Vous êtes hors ligne\./)).toBeVisible();
    await panel.getByRole('textbox').fill('Mon mot de passe ne marche plus');
    await panel.getByRole('textbox').press('Enter');
    await expect(chatLog(page).getByRole('listitem').nth(1)).toHaveText(
      'Vous En attente d’envoiMon mot de passe ne marche plus',
    );
    await reviewShot(page, 'contact-offline');
    await expectNoAxeViolations(page, 'chat panel, offline');

    await context.setOffline(false);
    await expect(chatLog(page).getByRole('listitem').nth(1)).toHaveText(
      `Vous à 10${NBSP}h${NBSP}00Mon mot de passe ne marche plus`,
    );
    await expect(chatLog(page).getByRole('listitem').nth(2)).toContainText('12 à 128 caractères');
    await expect(panel.getByText(/hors ligne/)).toHaveCount(0);
  });

  test('when the chat server cannot be reached, the panel says so and keeps retrying', async ({
    page,
  }) => {
    await loginAt(page, OPEN, 'chat-indisponible');
    await page.getByRole('button', { name: 'Chat', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'Chat en direct' });
    await expect(panel.getByText(/^Le chat est momentanément indisponible\./)).toBeVisible();
    await panel.getByRole('textbox').fill('Bonjour');
    await panel.getByRole('textbox').press('Enter');
    await expect(chatLog(page).getByRole('listitem')).toHaveText([
      'Vous En attente d’envoiBonjour',
    ]);
    await reviewShot(page, 'contact-unavailable');
  });

  test('the « Chat » button never covers the focused element', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    await loginAt(page, OPEN);
    await expect(page.getByRole('button', { name: 'Chat', exact: true })).toBeVisible();
    const covered: string[] = [];
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press('Tab');
      const overlap = await page.evaluate(() => {
        const focused = document.activeElement;
        const dock = document.querySelector('.chat-dock__button');
        if (!focused || !dock || focused === document.body || focused === dock) return null;
        const a = focused.getBoundingClientRect();
        const b = dock.getBoundingClientRect();
        const overlaps =
          a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
        return overlaps ? (focused.textContent ?? focused.tagName).trim() : null;
      });
      if (overlap) covered.push(overlap);
    }
    expect(covered).toEqual([]);
    await reviewShot(page, 'contact-focus-small-viewport');
  });

  test('a visitor sees both channels and logs in for the chat', async ({ page }) => {
    await page.goto(`/?horloge=${OPEN}`);
    await expect(page.getByText(/^Horloge/)).toBeVisible();
    await page.getByRole('link', { name: 'Nous contacter' }).click();
    await expect(page).toHaveTitle('Nous contacter · Espace commerçant');
    const chat = page.getByRole('region', { name: 'Chat en direct' });
    const phone = page.getByRole('region', { name: 'Nous appeler' });
    await expect(chat.getByText('Ouvert', { exact: true })).toBeVisible();
    await expect(phone.getByText('Ouvert', { exact: true })).toBeVisible();
    await expect(
      phone.getByRole('link', { name: `01${NBSP}47${NBSP}77${NBSP}75${NBSP}75` }),
    ).toHaveAttribute('href', 'tel:+33147777575');
    await expect(page.getByRole('button', { name: /^Chat/ })).toHaveCount(0);
    await reviewShot(page, 'contact-visitor');

    await chat.getByRole('link', { name: 'Connexion' }).click();
    await login(page, demo.marie.identifiant, demo.marie.password);
    await expect(page).toHaveURL(/\/contact$/);
    await expect(page.getByRole('button', { name: 'Chat', exact: true })).toBeVisible();
  });
});
