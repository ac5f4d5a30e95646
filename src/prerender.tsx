import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProviders } from './app/app';
import { createRoutes } from './app/router';
import { lazyQueryClient } from './app/query-client-source';
import { setSession } from './features/auth/api/session-store';
import type { Session } from './features/auth/api/contract';
import { initI18n } from './lib/i18n';
import { startupMockStatus } from './lib/mock-status';
import type { PrerenderedState } from './lib/prerendered-state';
import { createQueryClient } from './lib/query-client';

// Nobody is logged in at build time. Known in advance, it keeps every loader off the API.
const visitor: Session = { user: null, csrfToken: '', idleTimeoutSeconds: 900, keepAliveId: '' };

/**
 * A public page as a visitor first sees it, in French, for the build to write as static HTML:
 * the browser paints it before any JavaScript runs, then the app hydrates it.
 */
export async function prerender(
  pathname: string,
): Promise<{ html: string; state: PrerenderedState }> {
  await initI18n('fr');
  setSession(visitor);
  const queries = lazyQueryClient(() => Promise.resolve(createQueryClient({ retry: false })));
  const handler = createStaticHandler(createRoutes(queries));
  const context = await handler.query(new Request(new URL(pathname, 'http://prerender.invalid')));
  if (context instanceof Response)
    throw new Error(`${pathname} redirects: it cannot be prerendered`);
  const html = renderToString(
    <StrictMode>
      <AppProviders mockStatus={startupMockStatus(import.meta.env.VITE_MOCK_API === 'true')}>
        <StaticRouterProvider
          router={createStaticRouter(handler.dataRoutes, context)}
          context={context}
          hydrate={false}
        />
      </AppProviders>
    </StrictMode>,
  );
  return { html, state: { pathname, loaderData: context.loaderData } };
}
