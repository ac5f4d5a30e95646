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
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      setupFiles: ['src/testing/setup.ts'],
      restoreMocks: true,
      testTimeout: 15000,
      server: { deps: { inline: [/react-router/] } },
    },
  }),
);
