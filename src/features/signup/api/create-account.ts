import { beginSession } from '@/features/auth/api/session-store';
import { setCsrfToken } from '@/lib/api-client';
import { createAccountResponseSchema, type CreateAccountRequest } from './contract';
import { signupPost } from './signup-request';

/** The final submission: the API checks everything again, creates the account and logs it in. */
export async function createAccount(request: CreateAccountRequest): Promise<void> {
  const session = await signupPost('', request, createAccountResponseSchema);
  setCsrfToken(session.csrfToken);
  // As after a login: nothing kept for the anonymous visitor survives into the account.
  beginSession(session);
}
