import { expect, test } from './fixtures';

/**
 * The server sends a strict Content-Security-Policy with every page. Every browser test fails on
 * any violation (`cspViolations` in the fixtures), so each flow they walk proves the app lives
 * within it; these tests prove the policy is there and enforced.
 */
test.describe('hosting headers', () => {
  test('pages and files carry the security headers; only hashed files are cached', async ({
    page,
    request,
  }) => {
    for (const path of ['/', '/connexion', '/tableau-de-bord']) {
      const response = await request.get(path, { headers: { accept: 'text/html' } });
      const headers = response.headers();
      const policy = headers['content-security-policy'] ?? '';
      expect(policy, path).toContain("default-src 'self'");
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).toContain("object-src 'none'");
      expect(policy, path).toContain("base-uri 'none'");
      expect(policy, path).toContain("form-action 'self'");
      expect(policy, path).not.toContain('unsafe-inline');
      expect(policy, path).not.toContain('unsafe-eval');
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
      expect(headers['permissions-policy'], path).toContain('camera=()');
      expect(headers['cache-control'], path).toBe('no-cache');
    }

    await page.goto('/connexion');
    const script = await page.locator('script[src^="/assets/"]').first().getAttribute('src');
    const asset = await request.get(script ?? '');
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('an injected inline script is refused and reported', async ({ page, cspViolations }) => {
    await page.goto('/connexion');
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "oui"';
      document.head.append(script);
      return document.body.dataset.injected === 'oui';
    });
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]).toContain('script-src');
    // This test's one violation was its own: the fixture must not fail it.
    cspViolations.length = 0;
  });

  test('no page, not even one of its own origin, can frame the login page', async ({
    page,
    baseURL,
  }) => {
    // A framing page of another origin would be refused by Chrome's local network checks
    // before the policy is read: the same origin tests the policy itself.
    const framing = `${baseURL}/page-qui-encadre`;
    await page.route(framing, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<iframe title="cadre" src="${baseURL}/connexion"></iframe>`,
      }),
    );
    const refused = page.waitForEvent('console', (message) =>
      message.text().includes(`"frame-ancestors 'none'"`),
    );
    await page.goto(framing);
    await refused;
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe').getByRole('button')).toHaveCount(0);
  });
});
