import type { Plugin } from 'vite';

/**
 * Vite preloads a dynamic import's dependencies by adding a `<link rel="modulepreload">` for
 * each one the page has no link for yet; every link costs the main thread a little. The app's
 * start (`src/boot.tsx`) and everything it imports statically are loaded before any other
 * dynamic import runs, so those are never preloaded again: each page's import adds links only
 * for what is new. The entry imports React DOM first, to evaluate it in a task of its own: that
 * import preloads the start's own file alone, which then loads meanwhile (its other files are
 * React DOM's, or found by the browser as it loads them).
 */
export function preloadOnlyWhatIsNew(startModule: string) {
  const started = new Set<string>();
  const entries = new Set<string>();
  let startFile: string | undefined;
  const plugin: Plugin = {
    name: 'preload-only-what-is-new',
    apply: 'build',
    generateBundle: {
      // Before Vite writes each import's list of dependencies.
      order: 'pre',
      handler(_options, bundle) {
        started.clear();
        entries.clear();
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.isEntry) entries.add(file.fileName);
        }
        const start = Object.values(bundle).find(
          (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(startModule),
        );
        startFile = start?.fileName;
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
  const resolveDependencies = (file: string, deps: string[], { hostId }: { hostId: string }) =>
    entries.has(hostId) && startFile && file !== startFile
      ? [startFile]
      : deps.filter((dep) => !started.has(dep));
  return { plugin, resolveDependencies };
}
