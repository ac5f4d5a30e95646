import { useMutation } from '@tanstack/react-query';
import { noContent } from '@/lib/api-client';
import type { PasswordResetRequest } from './contract';
import { recoveryPost } from './recovery-post';

/** Asks for a reset link; 204 whether the identifiant exists or not. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (request: PasswordResetRequest) =>
      recoveryPost('/mot-de-passe/oubli', request, noContent),
  });
}
