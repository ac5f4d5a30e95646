import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
import { loginPath, paths } from '@/lib/paths';
import { sessionQueryOptions } from './api/get-session';

/** Runs before any protected route renders: no user, no protected markup. */
export function requireUser(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    if (!session.user) {
      const url = new URL(request.url);
      throw redirect(loginPath({ redirectTo: `${url.pathname}${url.search}` }));
    }
    return null;
  };
}

/**
 * A logged-in user who opens a guest page (login, signup) goes straight to the dashboard. The
 * page does not wait for the session: when it answers later, `useLeaveGuestPage` does the same.
 */
export function redirectIfLoggedIn(queryClient: QueryClient) {
  return () => {
    if (queryClient.getQueryData(sessionQueryOptions().queryKey)?.user) {
      throw redirect(paths.dashboard);
    }
    return null;
  };
}

/**
 * Starts asking the API who is logged in. Public pages render without the answer; protected
 * routes wait for it in `requireUser`. A failure leaves public pages usable.
 */
export function loadSession(queryClient: QueryClient) {
  return () => {
    void queryClient.prefetchQuery(sessionQueryOptions());
    return null;
  };
}
