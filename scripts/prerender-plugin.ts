// The build writes the public pages as static HTML: the browser paints them before any
// JavaScript runs, then the app hydrates them (src/boot.tsx). Every other path gets `app.html`,
// the empty shell, so no page ever shows another page's markup.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { PRERENDERED_STATE_ID } from '../src/lib/prerendered-state.ts';
import { routeFiles, routes } from './route-javascript.mjs';

/** The pages a visitor opens first; each needs no session and no query string. */
const PRERENDERED_PAGES = ['/', '/connexion', '/inscription/etablissement'];
/** Served for every path that has no page of its own, by `vite preview` and by hosting. */
const APP_SHELL = 'app.html';
/** The app's start, which the entry loads after the first paint. */
const APP_START = 'src/boot.tsx';

interface PrerenderModule {
  prerender(pathname: string): Promise<{ html: string; state: unknown }>;
}

const htmlFile = (pathname: string) =>
  pathname === '/' ? 'index.html' : path.join(pathname.slice(1), 'index.html');

function pageHtml(
  template: string,
  base: string,
  styles: string[],
  page: { html: string; state: unknown },
) {
  // `<` escaped: the state can never close its script element.
  const state = JSON.stringify(page.state).replace(/</g, '\\u003c');
  // The page's own styles block the first paint, as the shell's do: nothing shifts when they
  // arrive. Module preloads go: Chromium holds the first paint of a page that has them until
  // they are loaded, which is what the prerendered markup is there to avoid.
  const links = styles
    .map((file) => `    <link rel="stylesheet" crossorigin href="${base}${file}">\n`)
    .join('');
  return (
    template
      .replace(/\s*<link rel="modulepreload"[^>]*>/g, '')
      // The page is on screen without it: the app's code loads after what paints.
      .replace('<script type="module"', '<script type="module" fetchpriority="low"')
      .replace('</head>', `${links}  </head>`)
      .replace(
        '<div id="root"></div>',
        `<div id="root">${page.html}</div>\n    <script type="application/json" id="${PRERENDERED_STATE_ID}">${state}</script>`,
      )
  );
}

/**
 * The shell has nothing to paint before the app: it preloads the app's start (`src/boot.tsx`,
 * which the entry imports dynamically) instead of discovering it once the entry has run.
 */
function appShellHtml(template: string, base: string, outDir: string) {
  const preloads = routeFiles(outDir, [APP_START])
    .filter((file) => file.endsWith('.js') && !template.includes(`${base}${file}"`))
    .map((file) => `    <link rel="modulepreload" crossorigin href="${base}${file}">\n`)
    .join('');
  return template.replace('</head>', `${preloads}  </head>`);
}

export function prerenderPublicPages(root: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prerender-public-pages',
    apply: (userConfig, { command }) => command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const ssrDir = path.join(root, 'node_modules/.prerender', config.mode);
      await build({
        root,
        mode: config.mode,
        logLevel: 'warn',
        build: { ssr: 'src/prerender.tsx', outDir: ssrDir, emptyOutDir: true },
      });
      const { prerender } = (await import(
        pathToFileURL(path.join(ssrDir, 'prerender.js')).href
      )) as PrerenderModule;
      const template = await readFile(path.join(outDir, 'index.html'), 'utf8');
      await writeFile(path.join(outDir, APP_SHELL), appShellHtml(template, config.base, outDir));
      const inTemplate = (file: string) => template.includes(`${config.base}${file}"`);
      for (const pathname of PRERENDERED_PAGES) {
        const entries = routes[pathname];
        if (!entries) throw new Error(`${pathname} has no entry in scripts/route-javascript.mjs`);
        const styles = routeFiles(outDir, entries).filter(
          (file) => file.endsWith('.css') && !inTemplate(file),
        );
        const file = path.join(outDir, htmlFile(pathname));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, pageHtml(template, config.base, styles, await prerender(pathname)));
      }
      await rm(ssrDir, { recursive: true, force: true });
    },
  };
}

/**
 * `vite preview` serves each prerendered page at its path and the app shell everywhere else,
 * as production hosting must (README, « Hosting »).
 */
export function serveAppShell(): Plugin {
  return {
    name: 'serve-app-shell',
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, _response, next) => {
        const url = new URL(request.url ?? '/', 'http://preview.invalid');
        const isPage =
          request.method === 'GET' &&
          !path.extname(url.pathname) &&
          (request.headers.accept ?? '').includes('text/html');
        if (isPage && url.pathname !== '/') {
          const own = htmlFile(url.pathname.replace(/\/$/, ''));
          request.url = `/${existsSync(path.join(outDir, own)) ? own : APP_SHELL}${url.search}`;
        }
        next();
      });
    },
  };
}
