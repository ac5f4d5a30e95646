import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiRequest, noContent, setCsrfToken } from '@/lib/api-client';
import { clearAllDrafts } from '@/lib/draft-storage';
import { forgetSharedActivity } from '../shared-activity';

/** Whatever the API answers, nothing of the user stays in this page. */
export function clearClientSession(queryClient: QueryClient): void {
  queryClient.cancelQueries().catch(() => undefined);
  queryClient.clear();
  setCsrfToken(null);
  forgetSharedActivity();
}

export async function endSession(): Promise<void> {
  await apiRequest('/session', {
    method: 'DELETE',
    schema: noContent,
    ignoreUnauthorized: true,
  });
}

let loggingOut = false;

/**
 * True from a logout until the next login: a 401 answering a call still in flight then is the
 * logout's echo, not a session that expired, and must not turn « déconnecté » into « expirée ».
 */
export function isLoggedOutByUser(): boolean {
  return loggingOut;
}

export function sessionStarted(): void {
  loggingOut = false;
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => {
      loggingOut = true;
      return endSession().catch(() => undefined);
    },
    onSettled: () => {
      clearClientSession(queryClient);
      // Unlike an expiry, a logout is meant: what the user was typing goes too.
      clearAllDrafts();
    },
  });
}
