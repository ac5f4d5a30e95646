import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { logInAs } from '../../mocks/testing';
import { App } from '../app/app';
import { createRoutes } from '../app/router';
import { createQueryClient } from '../lib/query-client';

interface RenderAppOptions {
  /** A demo identifiant (README, « Demo data ») to be logged in as, server-side, before the app starts. */
  as?: string;
}

/** Mounts the real route tree at `url`, on a fresh query client and the mock API. */
export function renderApp(url: string, { as }: RenderAppOptions = {}) {
  if (as) logInAs(as);
  const queryClient = createQueryClient({ retry: false });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const utils = render(
    <App
      router={router}
      queryClient={queryClient}
      mockStatus={{ enabled: false, scenarios: [], unknownScenarios: [] }}
    />,
  );
  return { ...utils, user, router, queryClient };
}
