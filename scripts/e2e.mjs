// Builds the demo (the app with its mock backend), serves it, and runs Playwright against it.
// E2E_PORT and DEMO_OUT_DIR let several runs share a machine; extra arguments go to Playwright.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chromePath } from './chrome-path.mjs';

const port = process.env.E2E_PORT ?? '4173';
const outDir = process.env.DEMO_OUT_DIR ?? 'dist-demo';
chromePath();

function run(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  return once(child, 'exit').then(([code]) => {
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
  });
}

if (!process.env.E2E_SKIP_BUILD) {
  await run('npx', ['vite', 'build', '--mode', 'demo', '--outDir', outDir, '--logLevel', 'warn']);
}
const preview = spawn(
  'npx',
  ['vite', 'preview', '--outDir', outDir, '--port', port, '--strictPort', '--host', '127.0.0.1'],
  { stdio: ['ignore', 'pipe', 'inherit'], detached: true },
);
await new Promise((resolve, reject) => {
  preview.stdout.on('data', (chunk) => {
    if (String(chunk).includes(port)) resolve();
  });
  preview.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
});

let exitCode = 1;
try {
  await run('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    env: { ...process.env, E2E_BASE_URL: `http://127.0.0.1:${port}` },
  });
  exitCode = 0;
} catch (error) {
  console.error(error.message);
} finally {
  process.kill(-preview.pid, 'SIGTERM');
}
process.exit(exitCode);
