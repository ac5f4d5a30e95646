import { useMutation, useQueryClient } from '@tanstack/react-query';
import { noContent } from '@/lib/api-client';
import type { IdentifiantReminderRequest } from './contract';
import { recoveryPost } from './recovery-post';

/** Asks for the identifiant by e-mail; 204 whether the details match an account or not. */
export function useRequestIdentifiant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: IdentifiantReminderRequest) =>
      recoveryPost(queryClient, '/identifiant/oubli', request, noContent),
  });
}
