import { loginPath } from '@/lib/paths';
import { clearClientSession, endSession } from './api/logout';
import { readSession } from './api/session-store';
import { idleEndShared, readSharedActivity, shareIdleEnd } from './shared-activity';

type Navigate = (to: string, options: { replace: boolean }) => unknown;

/** Whether no tab of this browser has seen activity for the whole idle limit. */
function idleTooLong(): boolean {
  const limitSeconds = readSession()?.idleTimeoutSeconds;
  const last = readSharedActivity();
  return limitSeconds !== undefined && last !== null && Date.now() - last >= limitSeconds * 1000;
}

/**
 * Ends a session that timed out or that the API no longer knows (401): clears every trace of the
 * user, then asks for a new login that brings the user back to `currentPath`. The login page
 * says « inactivité » only when this browser saw the idle time run out (here, or in the tab that
 * ended the session for it); otherwise the session ended for a reason this tab cannot know
 * (another tab, a new password).
 */
export async function expireSession(
  navigate: Navigate,
  currentPath: string,
  // False when the server already has no session of this user: the one it has now may be
  // someone else's, logged in from another tab, and is not this tab's to end.
  { endOnServer = true }: { endOnServer?: boolean } = {},
): Promise<void> {
  const reason = idleTooLong() || idleEndShared() ? 'inactivite' : 'session-expiree';
  if (reason === 'inactivite') shareIdleEnd();
  // Ended on the server first, so the login page cannot find the old session still alive.
  if (endOnServer) await endSession().catch(() => undefined);
  clearClientSession();
  void navigate(loginPath({ reason, redirectTo: currentPath }), {
    replace: true,
  });
}
