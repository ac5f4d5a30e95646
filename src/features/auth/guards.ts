import { redirect, type LoaderFunctionArgs } from 'react-router';
import { loginPath, paths } from '@/lib/paths';
import { ensureSession, prefetchSession, readSession } from './api/session-store';

/** Runs before any protected route renders: no user, no protected markup. */
export async function requireUser({ request }: LoaderFunctionArgs): Promise<null> {
  const session = await ensureSession();
  if (!session.user) {
    const url = new URL(request.url);
    throw redirect(loginPath({ redirectTo: `${url.pathname}${url.search}` }));
  }
  return null;
}

/**
 * A logged-in user who opens a guest page (login, signup) goes straight to the dashboard. The
 * page does not wait for the session: when it answers later, `LeaveGuestPage` does the same.
 */
export function redirectIfLoggedIn(): null {
  if (readSession()?.user) throw redirect(paths.dashboard);
  return null;
}

/**
 * Starts asking the API who is logged in. Public pages render without the answer; protected
 * routes wait for it in `requireUser`. A failure leaves public pages usable.
 */
export function loadSession(): null {
  prefetchSession();
  return null;
}
