// The app's start (the entry, `main.ts`, loads and calls it once the page has painted).
// First: every schema created after it parses without generated code.
import './lib/zod-config';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createRoutes, preloadPage, resolvePages } from './app/router';
import { initI18n, type Language } from './lib/i18n';
import { startupMockStatus, type MockStatus } from './lib/mock-status';
import { readPrerenderedState } from './lib/prerendered-state';
import { beginHydration } from './lib/use-hydrated';
import { yieldToMain } from './lib/yield-to-main';
import { lazyQueryClient } from './app/query-client-source';

// A constant at build time: the production bundle drops every branch below that mocks, and every
// mock with it.
const mocking = import.meta.env.VITE_MOCK_API === 'true';

/**
 * The demo's mock backend. The app waits for it before it renders or hydrates; a prerendered
 * page is already on screen meanwhile. Rendering first let a new tab run before MSW's service
 * worker controlled it, and its requests went to the network.
 */
async function startMocking(): Promise<MockStatus> {
  if (mocking) {
    const { startBrowserMocking } = await import('../mocks/browser');
    await yieldToMain();
    return startBrowserMocking();
  }
  return startupMockStatus(false);
}

export async function start(language: Language): Promise<void> {
  // Each step of the start runs as its own task (the modules' evaluation, the routes, the
  // translations, the page's code, the hydration): no single long task holds the page's input.
  await yieldToMain();
  const queries = lazyQueryClient(() =>
    import('./lib/query-client').then((module) => module.createQueryClient()),
  );
  const routes = createRoutes(queries);
  const { pathname } = window.location;
  await yieldToMain();
  void preloadPage(routes, pathname);
  await yieldToMain();
  const [mockStatus] = await Promise.all([startMocking(), initI18n(language)]);
  await yieldToMain();
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  // A page the build prerendered is hydrated as it is; any other start renders from scratch.
  const prerendered = readPrerenderedState(language);
  if (prerendered) await resolvePages(routes, pathname);
  await yieldToMain();
  const router = createBrowserRouter(
    routes,
    prerendered ? { hydrationData: { loaderData: prerendered.loaderData } } : {},
  );
  await yieldToMain();
  const app = (
    <StrictMode>
      <App router={router} mockStatus={mockStatus} />
    </StrictMode>
  );
  // A transition: hydration then yields to the browser between components instead of holding
  // the main thread for the whole page.
  if (prerendered) {
    beginHydration();
    startTransition(() => void hydrateRoot(container, app));
  } else createRoot(container).render(app);
  // Designers' toolbar: after the app, lazily, and only where the mock backend runs (`mocking`
  // is what the production build drops this on).
  if (mocking) {
    const { mountDevTools } = await import('../mocks/devtools/mount');
    await mountDevTools(queries, mockStatus);
  }
}
