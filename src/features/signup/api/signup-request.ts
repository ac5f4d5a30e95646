import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { apiRequest, type ResponseParser } from '@/lib/api-client';

/** Every signup call is a POST: it needs the anonymous session's anti-CSRF token first. */
export async function signupPost<T>(
  queryClient: QueryClient,
  path: string,
  body: unknown,
  schema: ResponseParser<T>,
): Promise<T> {
  await queryClient.ensureQueryData(sessionQueryOptions());
  return apiRequest(`/inscription${path}`, { method: 'POST', body, schema });
}
