import type { QueryClient } from '@tanstack/react-query';
import { loginPath } from '@/lib/paths';
import { clearClientSession, endSession } from './api/logout';

type Navigate = (to: string, options: { replace: boolean }) => unknown;

/**
 * Ends a session that timed out or that the API no longer knows (401): clears every trace of the
 * user, then asks for a new login that brings the user back to `currentPath`.
 */
export async function expireSession(
  queryClient: QueryClient,
  navigate: Navigate,
  currentPath: string,
  // False when the server already has no session of this user: the one it has now may be
  // someone else's, logged in from another tab, and is not this tab's to end.
  { endOnServer = true }: { endOnServer?: boolean } = {},
): Promise<void> {
  // Ended on the server first, so the login page cannot find the old session still alive.
  if (endOnServer) await endSession().catch(() => undefined);
  clearClientSession(queryClient);
  void navigate(loginPath({ reason: 'session-expiree', redirectTo: currentPath }), {
    replace: true,
  });
}
