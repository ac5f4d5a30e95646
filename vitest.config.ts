import os from 'node:os';
import path from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

const reactRouter = path.resolve('node_modules/react-router/dist/development');

export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
    resolve: {
      // Node would load react-router's CommonJS build for one entry and its ES build for the
      // other, giving two router contexts; point both at the ES build.
      alias: [
        { find: /^react-router$/, replacement: `${reactRouter}/index.mjs` },
        { find: /^react-router\/dom$/, replacement: `${reactRouter}/dom-export.mjs` },
      ],
    },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
      setupFiles: ['src/testing/setup.ts'],
      restoreMocks: true,
      // One jsdom and one module graph per worker, not per file: environment and setup were
      // most of the run. The setup file resets the mock backend, storage and i18n before
      // each test, so files do not see each other's state.
      isolate: false,
      // Vitest keeps a core free by default; on a 2-core machine that halves the run.
      maxWorkers: Math.max(2, os.availableParallelism() - 1),
      testTimeout: 30000,
      server: { deps: { inline: [/react-router/] } },
    },
  }),
);
