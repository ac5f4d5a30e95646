import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type ConsoleMessage, type Page } from '@playwright/test';
import { CSP_VIOLATION, newProfile, resetProfile } from './shared-page';

export const demo = {
  marie: {
    identifiant: 'marie.durand',
    password: 'Litiges-Demo-2026',
    establishment: 'Boulangerie Durand',
  },
  paul: {
    identifiant: 'paul.lefebvre',
    password: 'Activer-Demo-2026',
    establishment: 'Librairie Lefebvre',
  },
} as const;

/** Nothing on the page says it is loading: no `.loading` indicator, no `aria-busy` region. */
export async function expectLoaded(page: Page, what = 'the page'): Promise<void> {
  await expect(page.locator('.loading, [aria-busy="true"]'), `${what} has loaded`).toHaveCount(0);
}

/**
 * The page has come alive: a prerendered page's links then navigate inside the app (its next
 * page's heading takes focus) instead of loading a new document. Until then its language switch
 * is disabled and its form inert; `fill` does not wait for the latter by itself.
 */
export async function expectAlive(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: /^(English|Français)$/ })).toBeEnabled();
  await expect(page.locator('[inert]')).toHaveCount(0);
}

/** Zero axe violations (WCAG 2.2 AA rules) on the page as it is now. */
export async function expectNoAxeViolations(page: Page, state = 'page'): Promise<void> {
  const results = await new AxeBuilder({ page })
    // The default mode finishes each run in a new tab: about 1.5 s of CPU on 2 cores, for the
    // cross-origin frames this app does not have. The rules and the page are the same.
    .setLegacyMode()
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    // Only violations are read: no details gathered for the rules that pass.
    .options({ resultTypes: ['violations'] })
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${state}`).toEqual([]);
}

export async function login(page: Page, identifiant: string, password: string): Promise<void> {
  await expectAlive(page);
  await page.getByLabel('Identifiant', { exact: true }).fill(identifiant);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * Opens `path` already logged in as a demo account (`?en-tant-que=`), as QA links do: for the
 * tests whose subject is not the login screen.
 */
export async function openAs(
  page: Page,
  account: { identifiant: string },
  path = '/tableau-de-bord',
  params: Record<string, string> = {},
): Promise<void> {
  const search = new URLSearchParams({ ...params, 'en-tant-que': account.identifiant });
  await page.goto(`${path}?${search.toString()}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: COLD_START_MS });
}

/**
 * The first page of a new browser profile waits for the mock server to seed its data: with
 * 5,000 disputes on 2 busy cores that takes longer than any later step.
 */
export const COLD_START_MS = 30_000;

/** Screenshots for a human review of the screens, only when asked (E2E_SCREENSHOTS=dir). */
export async function reviewShot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Opens the login page and logs in as a demo account; ends on the dashboard. */
export async function loginAs(page: Page, account: { identifiant: string; password: string }) {
  await page.goto('/connexion');
  await login(page, account.identifiant, account.password);
  await expect(page).toHaveURL(/\/tableau-de-bord$/);
  // The URL changes before the new page renders: the login page's own heading is still there.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Page récapitulative de votre compte' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Mon espace' })).toBeVisible();
}

/**
 * After `page.clock.install()`: the idle count starts once the logged-in layout is mounted (an
 * effect, after its first paint), when it shares the activity time. Time moved before is lost.
 */
export async function idleCountStarted(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('espace-commercant:derniere-activite')))
    .not.toBeNull();
}

/**
 * On a return visit (the tests reuse one profile) MSW asks the browser to check its service
 * worker for an update and leaves that promise uncaught; about one load in a few hundred the
 * check fails. That is MSW's background check, not an error of the app: the installed worker
 * goes on serving, and every other uncaught error still fails the test.
 */
function isMswUpdateCheck(message: string): boolean {
  return (
    message.startsWith('Failed to update a ServiceWorker') &&
    message.includes('/mockServiceWorker.js')
  );
}

interface TestFixtures {
  consoleErrors: string[];
  /** Whatever the Content-Security-Policy blocked in any tab of the test: must stay empty. */
  cspViolations: string[];
  /**
   * A new browser profile for this test alone, for what cannot be undone between tests
   * (`page.clock.install()` stays for the profile's life).
   */
  freshProfile: boolean;
}

export const test = base.extend<TestFixtures, { workerPage: Page }>({
  freshProfile: [false, { option: true }],
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const page = await newProfile(browser, workerInfo);
      await use(page);
      await page.context().close();
    },
    { scope: 'worker' },
  ],
  page: async ({ browser, workerPage, freshProfile }, use, testInfo) => {
    if (!freshProfile) {
      await resetProfile(workerPage, testInfo);
      await use(workerPage);
      return;
    }
    const page = await newProfile(browser, testInfo);
    await use(page);
    await page.context().close();
  },
  context: async ({ page }, use) => {
    await use(page.context());
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const record = (error: Error) => {
        if (!isMswUpdateCheck(error.message)) errors.push(error.message);
      };
      page.on('pageerror', record);
      await use(errors);
      page.off('pageerror', record);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      const record = (message: ConsoleMessage) => {
        if (message.text().startsWith(CSP_VIOLATION)) violations.push(message.text());
      };
      context.on('console', record);
      await use(violations);
      context.off('console', record);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
