import { defineConfig } from '@playwright/test';
import { chromeArgs, chromePath } from './scripts/chrome-path.mjs';

/** `npm run screenshots`: every « Parcours » screen, in French and English, desktop and mobile. */
export default defineConfig({
  testDir: './gallery',
  testMatch: 'gallery.spec.ts',
  globalTeardown: './gallery/write-index.ts',
  fullyParallel: true,
  workers: 2,
  timeout: 30_000,
  reporter: [['line']],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173',
    timezoneId: 'Europe/Paris',
    launchOptions: { executablePath: chromePath(), args: chromeArgs },
  },
});
