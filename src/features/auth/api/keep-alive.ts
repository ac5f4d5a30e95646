import { apiRequest } from '@/lib/api-client';
import { sessionParser } from './session-guard';
import { setSession } from './session-store';
import { shareKeepAlive } from '../shared-activity';

/** « Prolonger la session »: any authenticated call resets the server's idle clock; this one says so. */
export async function keepAlive(): Promise<void> {
  const session = await apiRequest('/session/prolonger', { method: 'POST', schema: sessionParser });
  setSession(session);
  // The other tabs must know this keep-alive is ours, not one of a tab they never heard from.
  shareKeepAlive(session.keepAliveId);
}
