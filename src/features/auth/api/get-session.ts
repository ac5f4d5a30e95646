import { apiRequest, setCsrfToken } from '@/lib/api-client';
import type { Session } from './contract';
import { sessionParser } from './session-guard';

export async function getSession(): Promise<Session> {
  const session = await apiRequest('/session', { schema: sessionParser, ignoreUnauthorized: true });
  setCsrfToken(session.csrfToken);
  return session;
}
