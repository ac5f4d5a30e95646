import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createRoutes, preloadPage } from './app/router';
import { initI18n } from './lib/i18n';
import type { MockStatus } from './lib/mock-status';
import { createQueryClient } from './lib/query-client';
import './styles.css';

const mocking = import.meta.env.VITE_MOCK_API === 'true';

async function startMocking(): Promise<MockStatus> {
  // A constant at build time: the production bundle drops this branch and every mock with it.
  if (!mocking) {
    return { enabled: false, scenarios: [], unknownScenarios: [] };
  }
  const { startBrowserMocking } = await import('../mocks/browser');
  return startBrowserMocking();
}

async function start() {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  preloadPage(routes, window.location.pathname);
  const [mockStatus] = await Promise.all([startMocking(), initI18n()]);
  // Created once the API answers: its first navigation asks for the session.
  const router = createBrowserRouter(routes);
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  createRoot(container).render(
    <StrictMode>
      <App router={router} queryClient={queryClient} mockStatus={mockStatus} />
    </StrictMode>,
  );
  // Designers' toolbar: after the app, lazily, and only where the mock backend runs.
  if (mocking) {
    const { mountDevTools } = await import('../mocks/devtools/mount');
    await mountDevTools(queryClient, mockStatus);
  }
}

void start();
