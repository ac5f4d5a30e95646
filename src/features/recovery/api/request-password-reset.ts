import { useMutation, useQueryClient } from '@tanstack/react-query';
import { noContent } from '@/lib/api-client';
import type { PasswordResetRequest } from './contract';
import { recoveryPost } from './recovery-post';

/** Asks for a reset link; 204 whether the identifiant exists or not. */
export function useRequestPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: PasswordResetRequest) =>
      recoveryPost(queryClient, '/mot-de-passe/oubli', request, noContent),
  });
}
