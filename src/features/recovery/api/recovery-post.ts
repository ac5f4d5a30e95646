import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { apiRequest, type ResponseParser } from '@/lib/api-client';

/**
 * Every recovery call is a POST, so no token or address ever sits in a URL the server logs;
 * it needs the anonymous session's anti-CSRF token first.
 */
export async function recoveryPost<T>(
  queryClient: QueryClient,
  path: string,
  body: unknown,
  schema: ResponseParser<T>,
): Promise<T> {
  await queryClient.ensureQueryData(sessionQueryOptions());
  return apiRequest(path, { method: 'POST', body, schema });
}
