// Gzip size of the JavaScript the production build loads for each route: the entry, the route's
// lazy module, the layout around it and the French texts it waits for, with their static imports.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// The entry, then the app it starts once the page has painted.
const shell = ['index.html', 'src/boot.tsx'];
const signedIn = [...shell, 'src/app/layouts/authenticated-layout.tsx', 'locales/fr/contact.json'];
const disputes = [...signedIn, 'locales/fr/disputes.json', 'locales/fr/disputes-reasons.json'];
const signup = [...shell, 'locales/fr/signup.json', 'locales/fr/validation.json'];

/** Each route's modules, as `src/app/router.tsx` loads them. */
export const routes = {
  '/': [...shell, 'src/features/home/routes/home.tsx', 'locales/fr/home.json'],
  '/connexion': [...shell, 'src/features/auth/routes/login.tsx', 'locales/fr/auth.json'],
  '/inscription/etablissement': [...signup, 'src/features/signup/routes/etablissement.tsx'],
  '/tableau-de-bord': [
    ...signedIn,
    'src/features/dashboard/routes/dashboard.tsx',
    'locales/fr/dashboard.json',
  ],
  '/litiges': [...disputes, 'src/features/disputes/routes/disputes-list.tsx'],
  '/litiges/:numero': [...disputes, 'src/features/disputes/routes/dispute-case.tsx'],
  '/litiges/statistiques': [
    ...disputes,
    'src/features/disputes/routes/disputes-statistics.tsx',
    'locales/fr/disputes-statistics.json',
  ],
  '/contact': [...shell, 'src/features/contact/routes/contact.tsx', 'locales/fr/contact.json'],
};

/** Gzip bytes a route may load: the login page is the first a merchant waits for. */
export const budgets = { '/connexion': 121_000 };

/** The built files a route loads: its entries' chunks with their static imports and styles. */
export function routeFiles(dist, entries) {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk)
      throw new Error(`${key} is not in the build manifest: update scripts/route-javascript.mjs`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  entries.forEach(visit);
  return [...files];
}

export function routeJavaScript(dist, entries) {
  const scripts = routeFiles(dist, entries)
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({
      file,
      bytes: gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
    }));
  return { scripts, total: scripts.reduce((sum, { bytes }) => sum + bytes, 0) };
}
