import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { isLoggedOutByUser } from '@/features/auth/api/logout';
import { expireSession } from '@/features/auth/session-expiry';
import { setUnauthorizedListener } from '@/lib/api-client';
import { MockStatusContext, type MockStatus } from '@/lib/mock-status';
import { paths } from '@/lib/paths';

interface AppProps {
  router: DataRouter;
  queryClient: QueryClient;
  mockStatus: MockStatus;
  /** The demo's mock backend, once started: its status replaces `mockStatus`. */
  mockStarted?: Promise<MockStatus> | null;
}

export function App({ router, queryClient, mockStatus: startupStatus, mockStarted }: AppProps) {
  const [mockStatus, setMockStatus] = useState(startupStatus);
  useEffect(() => {
    // In an effect: a prerendered page is hydrated before the status may change what it shows.
    let current = true;
    void mockStarted?.then((status) => {
      if (current) setMockStatus(status);
    });
    return () => {
      current = false;
    };
  }, [mockStarted]);

  useEffect(() => {
    setUnauthorizedListener(() => {
      const { pathname, search } = router.state.location;
      if (pathname === paths.login || isLoggedOutByUser()) return;
      void expireSession(queryClient, router.navigate, `${pathname}${search}`);
    });
    return () => setUnauthorizedListener(null);
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
