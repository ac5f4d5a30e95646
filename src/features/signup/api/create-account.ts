import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { setCsrfToken } from '@/lib/api-client';
import { createAccountResponseSchema, type CreateAccountRequest } from './contract';
import { signupPost } from './signup-request';

/** The final submission: the API checks everything again, creates the account and logs it in. */
export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: CreateAccountRequest) => {
      const session = await signupPost(queryClient, '', request, createAccountResponseSchema);
      setCsrfToken(session.csrfToken);
      return session;
    },
    onSuccess: (session) => {
      // As after a login: nothing cached for the anonymous visitor survives into the account.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryOptions().queryKey, session);
    },
  });
}
