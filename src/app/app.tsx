import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
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
}

export function App({ router, queryClient, mockStatus }: AppProps) {
  useEffect(() => {
    setUnauthorizedListener(() => {
      const { pathname, search } = router.state.location;
      if (pathname === paths.login || isLoggedOutByUser()) return;
      void expireSession(queryClient, router.navigate, `${pathname}${search}`);
    });
    return () => setUnauthorizedListener(null);
  }, [router, queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <MockStatusContext.Provider value={mockStatus}>
        <RouterProvider router={router} />
      </MockStatusContext.Provider>
    </QueryClientProvider>
  );
}
