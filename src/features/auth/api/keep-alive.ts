import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { sessionParser } from './session-guard';
import { sessionQueryOptions } from './get-session';

/** « Prolonger la session »: any authenticated call resets the server's idle clock; this one says so. */
export function useKeepAlive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/session/prolonger', { method: 'POST', schema: sessionParser }),
    onSuccess: (session) => queryClient.setQueryData(sessionQueryOptions().queryKey, session),
  });
}
