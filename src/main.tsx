import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createRoutes, preloadPage, resolvePages } from './app/router';
import { holdRequestsUntil } from './lib/api-client';
import { initI18n } from './lib/i18n';
import { startupMockStatus, type MockStatus } from './lib/mock-status';
import { readPrerenderedState } from './lib/prerendered-state';
import { createQueryClient } from './lib/query-client';
import './styles.css';

// A constant at build time: the production bundle drops every branch below that mocks, and every
// mock with it.
const mocking = import.meta.env.VITE_MOCK_API === 'true';

/**
 * The demo's mock backend. Its code loads before the router exists, because starting it reads
 * the URL's QA parameters and takes `?en-tant-que=` out of the address bar. The first page does
 * not wait for it to answer: requests do (`holdRequestsUntil`).
 */
async function startMocking(): Promise<{ started: Promise<MockStatus> }> {
  const { startBrowserMocking } = await import('../mocks/browser');
  const started = startBrowserMocking();
  holdRequestsUntil(started);
  return { started };
}

async function start() {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const { pathname } = window.location;
  preloadPage(routes, pathname);
  const [mock, i18n] = await Promise.all([mocking ? startMocking() : null, initI18n()]);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  // A page the build prerendered is hydrated as it is; any other start renders from scratch.
  const prerendered = readPrerenderedState(i18n.language);
  if (prerendered) await resolvePages(routes, pathname);
  const router = createBrowserRouter(
    routes,
    prerendered ? { hydrationData: { loaderData: prerendered.loaderData } } : {},
  );
  const app = (
    <StrictMode>
      <App
        router={router}
        queryClient={queryClient}
        mockStatus={startupMockStatus(mocking)}
        mockStarted={mock?.started}
      />
    </StrictMode>
  );
  // A transition: hydration then yields to the browser between components instead of holding
  // the main thread for the whole page.
  if (prerendered) startTransition(() => void hydrateRoot(container, app));
  else createRoot(container).render(app);
  // Designers' toolbar: after the app, lazily, and only where the mock backend runs (`mocking`
  // is what the production build drops this on).
  if (mocking && mock) {
    const mockStatus = await mock.started;
    const { mountDevTools } = await import('../mocks/devtools/mount');
    await mountDevTools(queryClient, mockStatus);
  }
}

void start();
