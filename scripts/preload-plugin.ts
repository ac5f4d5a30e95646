import type { Plugin } from 'vite';

/**
 * Vite preloads a dynamic import's dependencies by adding a `<link rel="modulepreload">` for
 * each one the page has no link for yet; every link costs the main thread a little. The app's
 * start (`src/boot.tsx`) and everything it imports statically are loaded before any other
 * dynamic import runs, so those are never preloaded again: the entry's import of the start and
 * each page's import add links only for what is new.
 */
export function preloadOnlyWhatIsNew(startModule: string) {
  const started = new Set<string>();
  const plugin: Plugin = {
    name: 'preload-only-what-is-new',
    apply: 'build',
    generateBundle: {
      // Before Vite writes each import's list of dependencies.
      order: 'pre',
      handler(_options, bundle) {
        started.clear();
        const start = Object.values(bundle).find(
          (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(startModule),
        );
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (started.has(fileName) || chunk?.type !== 'chunk') return;
          started.add(fileName);
          chunk.imports.forEach(visit);
        };
        if (start) visit(start.fileName);
      },
    },
  };
  const resolveDependencies = (_file: string, deps: string[]) =>
    deps.filter((dep) => !started.has(dep));
  return { plugin, resolveDependencies };
}
