import { useEffect, type ReactNode } from 'react';
import type { DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { FirstPageProvider } from '@/components/page-heading';
import { getSession } from '@/features/auth/api/get-session';
import { isLoggedOutByUser } from '@/features/auth/api/logout';
import { expireSession } from '@/features/auth/session-expiry';
import { setCsrfTokenSource, setUnauthorizedListener } from '@/lib/api-client';
import { MockStatusContext, type MockStatus } from '@/lib/mock-status';
import { paths } from '@/lib/paths';

interface AppProps {
  router: DataRouter;
  mockStatus: MockStatus;
}

export function App({ router, mockStatus }: AppProps) {
  useEffect(() => {
    setUnauthorizedListener(() => {
      const { location, navigation } = router.state;
      const { pathname, search } = location;
      // The calls still under way when a session ends answer 401 too: the user is already
      // on the way to the login page, and another expiry would only start that trip again.
      const leaving = navigation.location?.pathname === paths.login;
      if (pathname === paths.login || leaving || isLoggedOutByUser()) return;
      void expireSession(router.navigate, `${pathname}${search}`);
    });
    // The session answer carries the anti-CSRF token: a refused write asks for it again.
    setCsrfTokenSource(getSession);
    return () => {
      setUnauthorizedListener(null);
      setCsrfTokenSource(null);
    };
  }, [router]);

  return (
    <AppProviders mockStatus={mockStatus}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}

interface AppProvidersProps {
  mockStatus: MockStatus;
  children: ReactNode;
}

/** What every page reads besides the router: the browser's app and the build's prerender share it. */
export function AppProviders({ mockStatus, children }: AppProvidersProps) {
  return (
    <MockStatusContext.Provider value={mockStatus}>
      <FirstPageProvider>{children}</FirstPageProvider>
    </MockStatusContext.Provider>
  );
}
