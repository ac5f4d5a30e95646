import { defineConfig, devices } from '@playwright/test';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  // A flaky test is a failing test: never retried, on CI or anywhere.
  retries: 0,
  // Long journeys (signup, activation, contest) on 2 shared cores need more than the default.
  timeout: 60_000,
  // Waiting, never sleeping: a cold start of a 5,000-dispute profile on 2 busy cores takes seconds.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // One folder per run port, so parallel runs on one machine do not delete each other's traces.
  outputDir: `test-results/${process.env.E2E_BASE_URL?.split(':').at(-1) ?? 'default'}`,
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173',
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    // Recording a trace costs a quarter of each test's time: ask for one when debugging,
    // `npm run test:e2e -- --trace retain-on-failure`.
    trace: 'off',
    launchOptions: { executablePath: chromePath(), args: chromeArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
