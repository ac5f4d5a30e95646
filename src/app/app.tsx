import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { getSession } from '@/features/auth/api/get-session';
import { isLoggedOutByUser } from '@/features/auth/api/logout';
import { expireSession } from '@/features/auth/session-expiry';
import { setCsrfTokenSource, setUnauthorizedListener } from '@/lib/api-client';
import { MockStatusContext, type MockStatus } from '@/lib/mock-status';
import { paths } from '@/lib/paths';

interface AppProps {
  router: DataRouter;
  queryClient: QueryClient;
  mockStatus: MockStatus;
}

export function App({ router, queryClient, mockStatus }: AppProps) {
  useEffect(() => {
    setUnauthorizedListener(() => {
      const { location, navigation } = router.state;
      const { pathname, search } = location;
      // The calls still under way when a session ends answer 401 too: the user is already
      // on the way to the login page, and another expiry would only start that trip again.
      const leaving = navigation.location?.pathname === paths.login;
      if (pathname === paths.login || leaving || isLoggedOutByUser()) return;
      void expireSession(queryClient, router.navigate, `${pathname}${search}`);
    });
    // The session answer carries the anti-CSRF token: a refused write asks for it again.
    setCsrfTokenSource(getSession);
    return () => {
      setUnauthorizedListener(null);
      setCsrfTokenSource(null);
    };
  }, [router, queryClient]);

  return (
    <AppProviders queryClient={queryClient} mockStatus={mockStatus}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}

interface AppProvidersProps {
  queryClient: QueryClient;
  mockStatus: MockStatus;
  children: ReactNode;
}

/** What every page reads besides the router: the browser's app and the build's prerender share it. */
export function AppProviders({ queryClient, mockStatus, children }: AppProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <MockStatusContext.Provider value={mockStatus}>{children}</MockStatusContext.Provider>
    </QueryClientProvider>
  );
}
