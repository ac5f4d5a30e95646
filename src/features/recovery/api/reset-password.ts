import { useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import { authKeys } from '@/features/auth/api/keys';
import { noContent, setCsrfToken } from '@/lib/api-client';
import type { NewPasswordRequest } from './contract';
import { recoveryKeys } from './keys';
import { recoveryPost } from './recovery-post';

const kept: readonly unknown[] = [recoveryKeys.all[0], authKeys.all[0]];
const keptAfterReset = (query: Query) => kept.includes(query.queryKey[0]);

/**
 * Sets the new password. The API ends every session of the account, this tab's too when it was
 * one of them: nothing of it stays in the page, and the header asks again who is logged in.
 */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: NewPasswordRequest) =>
      recoveryPost(queryClient, '/mot-de-passe/reinitialisation', request, noContent),
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => !keptAfterReset(query) });
      setCsrfToken(null);
      await queryClient.resetQueries({ queryKey: authKeys.session() });
    },
  });
}
