import { COLD_START_MS, demo, expect, loginAs, test } from './fixtures';

/**
 * The dev server serves modules one by one and pre-bundles dependencies its own way: the mock
 * server worker, the headers and the policy's nonce must work there as in the builds.
 */
test('npm run dev: log in on the mock backend, under the security policy', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.getByLabel('Identifiant', { exact: true })).toBeEditable({
    timeout: 4 * COLD_START_MS,
  });
  await loginAs(page, demo.marie);
  await expect(page.getByText(demo.marie.establishment).first()).toBeVisible();
});
