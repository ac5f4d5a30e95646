import { apiRequest, setCsrfToken } from '@/lib/api-client';
import type { LoginRequest, Session } from './contract';
import { sessionParser } from './session-guard';
import { beginSession, ensureSession } from './session-store';
import { sessionStarted } from './logout';

export async function logIn(credentials: LoginRequest): Promise<Session> {
  // The anti-CSRF token comes with the anonymous session; fetch it if start-up could not.
  await ensureSession();
  const session = await apiRequest('/session', {
    method: 'POST',
    body: credentials,
    schema: sessionParser,
    ignoreUnauthorized: true,
  });
  setCsrfToken(session.csrfToken);
  sessionStarted();
  beginSession(session);
  return session;
}
