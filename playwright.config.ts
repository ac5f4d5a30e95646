import { defineConfig, devices } from '@playwright/test';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  // One retry on CI, reported as flaky: a slow machine must not hide the whole submission.
  retries: process.env.CI ? 1 : 0,
  // Long journeys (signup, activation, contest) on 2 shared cores need more than the default.
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  // One folder per run port, so parallel runs on one machine do not delete each other's traces.
  outputDir: `test-results/${process.env.E2E_BASE_URL?.split(':').at(-1) ?? 'default'}`,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromePath(), args: chromeArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
