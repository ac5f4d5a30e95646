import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, setCsrfToken } from '@/lib/api-client';
import type { LoginRequest } from './contract';
import { sessionParser } from './session-guard';
import { sessionQueryOptions } from './get-session';
import { sessionStarted } from './logout';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: LoginRequest) => {
      // The anti-CSRF token comes with the anonymous session; fetch it if start-up could not.
      await queryClient.ensureQueryData(sessionQueryOptions());
      const session = await apiRequest('/session', {
        method: 'POST',
        body: credentials,
        schema: sessionParser,
        ignoreUnauthorized: true,
      });
      setCsrfToken(session.csrfToken);
      return session;
    },
    onSuccess: (session) => {
      sessionStarted();
      queryClient.clear();
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
    },
  });
}
