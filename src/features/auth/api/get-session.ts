import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '@/lib/api-client';
import type { Session } from './contract';
import { sessionParser } from './session-guard';
import { authKeys } from './keys';

export async function getSession(): Promise<Session> {
  const session = await apiRequest('/session', { schema: sessionParser, ignoreUnauthorized: true });
  setCsrfToken(session.csrfToken);
  return session;
}

export const sessionQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.session(),
    queryFn: getSession,
    staleTime: 60_000,
    retry: false,
  });

export function useSession() {
  return useQuery(sessionQueryOptions());
}
