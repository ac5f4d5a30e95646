import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const port = process.env.DEV_E2E_PORT ?? '5174';
const baseURL = `http://127.0.0.1:${port}`;

/** `npm run dev` itself, as a designer opens it: the README's first command must work. */
export default defineConfig({
  ...base,
  testMatch: '*.dev.ts',
  workers: 1,
  // A cold dev server transforms every module on first request.
  timeout: 180_000,
  outputDir: `test-results/dev-${port}`,
  use: { ...base.use, baseURL },
  projects: base.projects?.map((project) => ({ ...project, use: { ...project.use, baseURL } })),
  webServer: {
    command: `npx vite --port ${port} --strictPort --host 127.0.0.1`,
    url: baseURL,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
