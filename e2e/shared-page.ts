import type { Browser, BrowserContext, Page, WorkerInfo } from '@playwright/test';

type Project = Pick<WorkerInfo, 'project'>;

/**
 * Each Playwright worker keeps one browser profile and one tab for all its tests: on a 2-core
 * machine a new tab costs about 3 s of CPU (a renderer process, the browser's own pages), more
 * than most tests. Between tests the tab is brought back to a new profile's state: no mock
 * server data, no storage, no cookies, online, default size, no extra tab.
 */

/** Designers see each call take 250 ms; tests wait for states, not for the network. */
const NO_ADDED_LATENCY = () => {
  // A browser error page (a refused frame) has an opaque origin and no storage.
  if (window.origin !== 'null') localStorage.setItem('espace-commercant:latence', '0');
};

/** What a page logs when the Content-Security-Policy blocks something (see `cspViolations`). */
export const CSP_VIOLATION = 'Content-Security-Policy violation:';

function reportCspViolations(mark: string) {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`${mark} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
  });
}

/** A browser profile with the project's settings (locale, time zone, size, base URL). */
export async function newProfile(browser: Browser, { project }: Project): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport, userAgent, deviceScaleFactor } = project.use;
  const context = await browser.newContext({
    baseURL,
    locale,
    timezoneId,
    viewport,
    userAgent,
    deviceScaleFactor,
  });
  await context.addInitScript(NO_ADDED_LATENCY);
  await context.addInitScript(reportCspViolations, CSP_VIOLATION);
  return context.newPage();
}

/**
 * Forgets what the previous test left. The tab first leaves the app for a static file of the
 * same origin: with no page left, the mock server (a SharedWorker) stops and its database can
 * be deleted; the service worker stays installed, as it would for a returning visitor.
 */
export async function resetProfile(page: Page, { project }: Project): Promise<void> {
  const context: BrowserContext = page.context();
  await Promise.all(
    context
      .pages()
      .filter((other) => other !== page)
      .map((other) => other.close()),
  );
  await context.setOffline(false);
  await context.clearCookies();
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  const { viewport } = project.use;
  if (viewport) await page.setViewportSize(viewport);
  await page.goto('/favicon.png');
  await page.evaluate(async () => {
    localStorage.clear();
    sessionStorage.clear();
    const databases = await indexedDB.databases();
    await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<void>((resolve, reject) => {
            if (!name) return resolve();
            const deletion = indexedDB.deleteDatabase(name);
            // `blocked` only delays: the deletion goes on once the stopping server lets go.
            deletion.onsuccess = () => resolve();
            deletion.onerror = () => reject(deletion.error ?? new Error(`${name} not deleted`));
          }),
      ),
    );
  });
}
