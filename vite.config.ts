import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { preloadOnlyWhatIsNew } from './scripts/preload-plugin.ts';
import { prerenderPublicPages, serveAppShell } from './scripts/prerender-plugin.ts';
import { devNonce, sendSecurityHeaders } from './scripts/security-headers.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/** The production build must ship no mock code: msw's worker lives in public/ for dev and demo only. */
function dropMockWorker(): Plugin {
  let outDir = '';
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await rm(path.join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/** MSW's cookie store → `mocks/server/no-cookie-store.ts`, in the page and the server worker. */
function withoutMswCookieStore(): Plugin {
  return {
    name: 'without-msw-cookie-store',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.endsWith('/cookieStore.mjs') && importer?.includes('/node_modules/msw/')) {
        return path.join(root, 'mocks/server/no-cookie-store.ts');
      }
      return null;
    },
  };
}

/**
 * React Router's package maps every import to its development build, whose warnings run on
 * every render; the production build it ships beside it differs only in that switch.
 */
const reactRouterProductionBuild = [
  {
    find: /^react-router$/,
    replacement: path.join(root, 'node_modules/react-router/dist/production/index.mjs'),
  },
  {
    find: /^react-router\/dom$/,
    replacement: path.join(root, 'node_modules/react-router/dist/production/dom-export.mjs'),
  },
];

export default defineConfig(({ mode, command, isPreview }) => {
  const apiBaseUrl = loadEnv(mode, root, 'VITE_').VITE_API_BASE_URL || '/api';
  const nonce = command === 'serve' && !isPreview && mode !== 'test' ? devNonce() : undefined;
  const preloads = preloadOnlyWhatIsNew('/src/boot.tsx');
  return {
    plugins: [
      react(),
      preloads.plugin,
      ...(mode === 'test' ? [] : [sendSecurityHeaders({ apiBaseUrl, nonce })]),
      ...(mode === 'production' ? [dropMockWorker()] : []),
      ...(mode === 'test' ? [] : [prerenderPublicPages(root), serveAppShell()]),
      ...(mode === 'test' ? [] : [withoutMswCookieStore()]),
    ],
    resolve: {
      alias: [
        { find: '@', replacement: path.join(root, 'src') },
        { find: '@mocks', replacement: path.join(root, 'mocks') },
        { find: '@locales', replacement: path.join(root, 'locales') },
        ...(command === 'build' ? reactRouterProductionBuild : []),
      ],
    },
    // The dev server pre-bundles MSW for the worker too: the same cookie store swap applies there.
    optimizeDeps:
      mode === 'test' ? {} : { rolldownOptions: { plugins: [withoutMswCookieStore()] } },
    server: { port: 5173, strictPort: true },
    // Vite's own inline scripts and styles in dev carry this nonce; builds have none to carry.
    html: { cspNonce: nonce },
    // The mock server worker: ES modules, and the same MSW without its cookie store.
    worker: { format: 'es' as const, plugins: () => [withoutMswCookieStore()] },
    build: {
      manifest: true,
      // Every browser the app supports preloads modules itself; the polyfill would ship to all.
      modulePreload: { polyfill: false, resolveDependencies: preloads.resolveDependencies },
      sourcemap: mode !== 'production',
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Only the modules named below: their dependencies stay where they were.
            includeDependenciesRecursively: false,
            groups: [
              {
                // What the app's start imports and the pages share: one chunk, not eight tiny
                // ones, each a request (and a main-thread cost) on every page.
                name: 'shell',
                test: /node_modules\/react\/|locales\/fr\/common\.json$|src\/lib\/(i18n|use-translation|api-client|paths|draft-storage)\.ts$|src\/features\/auth\/(api\/(session-store|get-session|session-guard|logout)|shared-activity)\.ts$/,
              },
              {
                // One library and the app's client of it, one chunk: every page past home and
                // login needs them.
                name: 'query',
                test: /node_modules\/@tanstack\/|src\/lib\/query-client\.ts$|src\/app\/layouts\/query-layout\.tsx$/,
              },
              {
                // The signup steps' frame, shared by the five steps.
                name: 'signup-steps',
                test: /src\/features\/signup\/(components\/(signup-page|step-actions|step-alert|use-step-form)|steps|draft|new-draft|api\/(signup-steps|signup-request|errors)|pending-step-errors)\.tsx?$/,
              },
              {
                // The multi-step forms' kit (react-hook-form under the zod forms, the stepper):
                // the signup and the activation use both, one request instead of two.
                name: 'step-form-kit',
                test: /node_modules\/react-hook-form\/|src\/components\/(form\/use-zod-form|stepper)\.tsx?$/,
              },
              {
                // The form kit's zod-free parts, shared by the login page and every other form,
                // with the few small pieces the public pages add to them (dialog,
                // formatters, checksums): one chunk instead of a dozen tiny ones, each with its own
                // request and imports.
                name: 'form-kit',
                test: /src\/components\/(form\/(field|field-error|field-errors|field-frame|field-ids|password-field|error-summary|use-form-validation|zod-check)|use-focus-when-shown|alert|dialog)\.tsx?$|src\/lib\/(use-submit-once|validators\/(iban|siret|luhn|password-length))\.ts$/,
              },
            ],
          },
        },
      },
    },
  };
});
