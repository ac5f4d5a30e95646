import { apiRequest, noContent, setCsrfToken } from '@/lib/api-client';
import { clearAllDrafts } from '@/lib/draft-storage';
import { forgetSharedActivity } from '../shared-activity';
import { resetSession } from './session-store';

/** Whatever the API answers, nothing of the user stays in this page. */
export function clearClientSession(): void {
  resetSession();
  setCsrfToken(null);
  forgetSharedActivity();
}

export async function endSession(): Promise<void> {
  await apiRequest('/session', {
    method: 'DELETE',
    schema: noContent,
    ignoreUnauthorized: true,
  });
}

let loggingOut = false;

/**
 * True from a logout until the next login: a 401 answering a call still in flight then is the
 * logout's echo, not a session that expired, and must not turn « déconnecté » into « expirée ».
 */
export function isLoggedOutByUser(): boolean {
  return loggingOut;
}

export function sessionStarted(): void {
  loggingOut = false;
}

/** The user's own logout: the server's session ends, then everything of it here. */
export async function logOut(): Promise<void> {
  loggingOut = true;
  await endSession().catch(() => undefined);
  clearClientSession();
  // Unlike an expiry, a logout is meant: what the user was typing goes too.
  clearAllDrafts();
}
