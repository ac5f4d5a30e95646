import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest, noContent, setCsrfToken } from '@/lib/api-client';
import { clearAllDrafts } from '@/lib/draft-storage';

/** Whatever the API answers, nothing of the user stays in this page. */
export function clearClientSession(queryClient: QueryClient): void {
  queryClient.cancelQueries().catch(() => undefined);
  queryClient.clear();
  setCsrfToken(null);
}

export async function endSession(): Promise<void> {
  await apiRequest('/session', {
    method: 'DELETE',
    schema: noContent,
    ignoreUnauthorized: true,
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => endSession().catch(() => undefined),
    onSettled: () => {
      clearClientSession(queryClient);
      // Unlike an expiry, a logout is meant: what the user was typing goes too.
      clearAllDrafts();
    },
  });
}
