import { useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import { forgetSession, refreshSession } from '@/features/auth/api/session-store';
import { noContent, setCsrfToken } from '@/lib/api-client';
import type { NewPasswordRequest } from './contract';
import { recoveryKeys } from './keys';
import { recoveryPost } from './recovery-post';

const keptAfterReset = (query: Query) => query.queryKey[0] === recoveryKeys.all[0];

/**
 * Sets the new password. The API ends every session of the account, this tab's too when it was
 * one of them: nothing of it stays in the page, and the header asks again who is logged in.
 */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NewPasswordRequest) =>
      recoveryPost('/mot-de-passe/reinitialisation', request, noContent),
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => !keptAfterReset(query) });
      setCsrfToken(null);
      forgetSession();
      await refreshSession().catch(() => undefined);
    },
  });
}
