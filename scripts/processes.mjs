// What the e2e runner and the bench share: running a command, serving a build.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export function run(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'inherit', ...options });
  return once(child, 'exit').then(([code]) => {
    if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
  });
}

/** `vite preview` of `outDir` on 127.0.0.1:`port`, once it listens; `stop()` ends it. */
export async function startPreview(outDir, port) {
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
  return { stop: () => process.kill(-preview.pid, 'SIGTERM') };
}
