// Builds the demo (the app with its mock backend), serves it, and runs Playwright against it.
// E2E_PORT and DEMO_OUT_DIR let several runs share a machine; extra arguments go to Playwright.
import { chromePath } from './chrome-path.mjs';
import { run, startPreview } from './processes.mjs';

const port = process.env.E2E_PORT ?? '4173';
const outDir = process.env.DEMO_OUT_DIR ?? 'dist-demo';
chromePath();

if (!process.env.E2E_SKIP_BUILD) {
  await run('npx', ['vite', 'build', '--mode', 'demo', '--outDir', outDir, '--logLevel', 'warn']);
}
const preview = await startPreview(outDir, port);

let exitCode = 1;
try {
  await run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}` },
  });
  exitCode = 0;
} catch (error) {
  console.error(error.message);
} finally {
  preview.stop();
}
process.exit(exitCode);
