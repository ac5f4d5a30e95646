import { useMutation } from '@tanstack/react-query';
import { beginSession } from '@/features/auth/api/session-store';
import { setCsrfToken } from '@/lib/api-client';
import { createAccountResponseSchema, type CreateAccountRequest } from './contract';
import { signupPost } from './signup-request';

/** The final submission: the API checks everything again, creates the account and logs it in. */
export function useCreateAccount() {
  return useMutation({
    mutationFn: async (request: CreateAccountRequest) => {
      const session = await signupPost('', request, createAccountResponseSchema);
      setCsrfToken(session.csrfToken);
      return session;
    },
    // As after a login: nothing cached for the anonymous visitor survives into the account.
    onSuccess: beginSession,
  });
}
