// The production build must ship no mock backend: no worker, no MSW, no demo data.
// Run after `vite build` (dist/) and `vite build --mode demo` (the demo build is the control).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const dist = process.env.PROD_DIST ?? 'dist';
const demo = process.env.DEMO_DIST ?? 'dist-demo';
const mockMarkers = [
  'setupWorker',
  'Outils de démonstration',
  'mockServiceWorker',
  'Boulangerie Durand',
  'Litiges-Demo-2026',
  'Activer-Demo-2026',
  'FR7630004008200001234560104',
];

function files(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function textOf(dir) {
  return files(dir)
    .filter((file) => /\.(js|html|json|css)$/.test(file))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

test('the production build has no mock service worker', () => {
  assert.ok(existsSync(path.join(dist, 'index.html')), `${dist}/index.html: run vite build first`);
  assert.equal(existsSync(path.join(dist, 'mockServiceWorker.js')), false);
});

test('the production build contains no MSW code and no fixture data', () => {
  for (const { file, text } of textOf(dist)) {
    for (const marker of mockMarkers) {
      assert.equal(text.includes(marker), false, `${file} contains « ${marker} »`);
    }
  }
});

test('the demo build, built from the same code, does contain them (the check can fail)', () => {
  assert.ok(existsSync(path.join(demo, 'mockServiceWorker.js')));
  const all = textOf(demo)
    .map(({ text }) => text)
    .join('\n');
  for (const marker of ['setupWorker', 'Boulangerie Durand', 'Outils de démonstration'])
    assert.ok(all.includes(marker), marker);
});

test('the public pages are prerendered; every other path gets the empty app shell', () => {
  const pages = {
    'index.html': 'Bienvenue dans votre espace commerçant',
    'connexion/index.html': '>Connexion</h1>',
    'inscription/etablissement/index.html': 'Votre établissement</h1>',
  };
  for (const [file, heading] of Object.entries(pages)) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    assert.ok(html.includes(heading), `${file} shows « ${heading} »`);
    assert.ok(html.includes('id="etat-prerendu"'), `${file} carries its state for hydration`);
  }
  const shell = readFileSync(path.join(dist, 'app.html'), 'utf8');
  assert.ok(shell.includes('<div id="root"></div>'));
  assert.equal(shell.includes('etat-prerendu'), false);
});

test("both builds carry React Router's production build: none of its development warnings", () => {
  // A warning of its development build, run on every render of the page's routes.
  const warning = 'You rendered descendant <Routes>';
  for (const dir of [dist, demo]) {
    for (const { file, text } of textOf(dir)) {
      assert.equal(text.includes(warning), false, `${file} carries React Router's warnings`);
    }
  }
});

test('every page links a raster icon that the build ships', () => {
  // An SVG icon costs the page's main thread a whole SVG document (about 40 ms at start-up).
  for (const file of ['index.html', 'connexion/index.html', 'app.html']) {
    const html = readFileSync(path.join(dist, file), 'utf8');
    const icon = /<link rel="icon" type="image\/png" href="\/([^"]+)"/.exec(html)?.[1];
    assert.ok(icon, `${file} links a PNG icon`);
    assert.ok(existsSync(path.join(dist, icon)), `${icon} is in the build`);
  }
});

test('the stylesheet the page links first declares every cascade layer, in order', () => {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const [first] = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"/g)];
  assert.ok(first, 'index.html links no stylesheet');
  const css = readFileSync(path.join(dist, first[1]), 'utf8');
  // The minifier may fold `@layer a, b;` into the blocks that follow it: what counts is the order
  // in which each name first appears, before any route's stylesheet can declare one.
  const names = [...css.matchAll(/@layer\s+([-\w\s,]+?)\s*[{;]/g)].flatMap((match) =>
    match[1].split(',').map((name) => name.trim()),
  );
  assert.deepEqual([...new Set(names)], ['tokens', 'base', 'layout', 'components', 'features']);
});
