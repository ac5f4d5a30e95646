import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { logInAs } from '../../mocks/testing';
import { App } from '../app/app';
import { lazyQueryClient } from '../app/query-client-source';
import { createRoutes } from '../app/router';
import { resetSession } from '../features/auth/api/session-store';
import { createQueryClient } from '../lib/query-client';

interface RenderAppOptions {
  /** A demo identifiant (README, « Demo data ») to be logged in as, server-side, before the app starts. */
  as?: string;
}

/**
 * Mounts the real route tree at `url`, on a fresh query client and the mock API. The page knows
 * no session yet, as after a reload.
 */
export function renderApp(url: string, { as }: RenderAppOptions = {}) {
  if (as) logInAs(as);
  resetSession();
  const queryClient = createQueryClient({ retry: false });
  const queries = lazyQueryClient(() => Promise.resolve(queryClient));
  const router = createMemoryRouter(createRoutes(queries), { initialEntries: [url] });
  const user = userEvent.setup();
  const utils = render(
    <App router={router} mockStatus={{ enabled: false, scenarios: [], unknownScenarios: [] }} />,
  );
  return { ...utils, user, router, queryClient };
}
