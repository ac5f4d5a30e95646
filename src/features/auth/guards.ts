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

/** A logged-in user who opens the login page goes straight to the dashboard. */
export function redirectIfLoggedIn(queryClient: QueryClient) {
  return async () => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
    if (session?.user) throw redirect(paths.dashboard);
    return null;
  };
}

/** Asks the API who is logged in at start; a failure leaves public pages usable. */
export function loadSession(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
    return null;
  };
}
