import { ensureSession } from '@/features/auth/api/session-store';
import { apiRequest, type ResponseParser } from '@/lib/api-client';

/** Every signup call is a POST: it needs the anonymous session's anti-CSRF token first. */
export async function signupPost<T>(
  path: string,
  body: unknown,
  schema: ResponseParser<T>,
): Promise<T> {
  await ensureSession();
  return apiRequest(`/inscription${path}`, { method: 'POST', body, schema });
}
