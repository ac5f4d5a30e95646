// The bundle budget: gzip size of every JavaScript file the production build loads to show
// /connexion (entry, its static imports, the login route, the French shell texts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150_000;
const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const loginEntries = [
  'index.html',
  'src/features/auth/routes/login.tsx',
  'locales/fr/common.json',
  'locales/fr/auth.json',
];

const files = new Set();
function visit(key) {
  const chunk = manifest[key];
  if (!chunk)
    throw new Error(`${key} is not in the build manifest: update scripts/bundle-size.mjs`);
  if (files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported);
}
loginEntries.forEach(visit);

let total = 0;
const rows = [...files]
  .filter((file) => file.endsWith('.js'))
  .map((file) => {
    const size = gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
    total += size;
    return { file, 'gzip (kB)': (size / 1000).toFixed(1) };
  });
console.table(rows);
console.log(
  `JavaScript loaded for /connexion: ${(total / 1000).toFixed(1)} kB gzip (budget ${BUDGET_BYTES / 1000} kB)`,
);
if (total > BUDGET_BYTES) {
  console.error('Over the bundle budget.');
  process.exit(1);
}
