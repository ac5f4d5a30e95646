import { ensureSession } from '@/features/auth/api/session-store';
import { apiRequest, type ResponseParser } from '@/lib/api-client';

/**
 * Every recovery call is a POST, so no token or address ever sits in a URL the server logs;
 * it needs the anonymous session's anti-CSRF token first.
 */
export async function recoveryPost<T>(
  path: string,
  body: unknown,
  schema: ResponseParser<T>,
): Promise<T> {
  await ensureSession();
  return apiRequest(path, { method: 'POST', body, schema });
}
