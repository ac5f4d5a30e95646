import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { noReferrerPages } from './scripts/no-referrer-pages.ts';
import { prerenderPublicPages, serveAppShell } from './scripts/prerender-plugin.ts';

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

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    ...(mode === 'production' ? [dropMockWorker()] : []),
    ...(mode === 'test' ? [] : [noReferrerPages(), prerenderPublicPages(root), serveAppShell()]),
    ...(mode === 'test' ? [] : [withoutMswCookieStore()]),
  ],
  resolve: {
    alias: {
      '@': path.join(root, 'src'),
      '@mocks': path.join(root, 'mocks'),
      '@locales': path.join(root, 'locales'),
    },
  },
  server: { port: 5173, strictPort: true },
  // The mock server worker: ES modules, and the same MSW without its cookie store.
  worker: { format: 'es' as const, plugins: () => [withoutMswCookieStore()] },
  build: { manifest: true, sourcemap: mode !== 'production' },
}));
