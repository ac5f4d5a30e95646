import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { sessionParser } from './session-guard';
import { sessionQueryOptions } from './get-session';
import { shareKeepAlive } from '../shared-activity';

/** « Prolonger la session »: any authenticated call resets the server's idle clock; this one says so. */
export function useKeepAlive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/session/prolonger', { method: 'POST', schema: sessionParser }),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
      // The other tabs must know this keep-alive is ours, not one of a tab they never heard from.
      shareKeepAlive(session.keepAliveId);
    },
  });
}
