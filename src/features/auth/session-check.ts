import { getSession } from './api/get-session';
import { readSession, setSession } from './api/session-store';
import { readSharedKeepAlive, shareKeepAlive } from './shared-activity';

/**
 * What the server says of a session this browser saw idle for the whole limit:
 * - `kept-alive`: still ours, and prolonged by a tab this browser never heard from (one of an
 *   older version of the app, or one without storage): it stays;
 * - `idle`: still ours, with no keep-alive this browser does not know of: it ends;
 * - `ended`: the server has no session for this user any more (expired, logged out, or someone
 *   else logged in since): nothing is left to end on the server;
 * - `unknown`: the server could not say; it ends, as it would have without asking.
 *
 * The keep-alive id is compared, never a time: the browser's clock and the server's need not
 * agree (and the mock server's can be moved by QA).
 */
export type IdleVerdict = 'kept-alive' | 'idle' | 'ended' | 'unknown';

export async function checkIdleSession(): Promise<IdleVerdict> {
  const seen = readSession();
  const known = [seen?.keepAliveId, readSharedKeepAlive()];
  try {
    const session = await getSession();
    if (!session.user || session.user.identifiant !== seen?.user?.identifiant) return 'ended';
    if (known.includes(session.keepAliveId)) return 'idle';
    setSession(session);
    shareKeepAlive(session.keepAliveId);
    return 'kept-alive';
  } catch {
    return 'unknown';
  }
}
