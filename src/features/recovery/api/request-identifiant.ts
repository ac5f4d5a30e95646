import { useMutation } from '@tanstack/react-query';
import { noContent } from '@/lib/api-client';
import type { IdentifiantReminderRequest } from './contract';
import { recoveryPost } from './recovery-post';

/** Asks for the identifiant by e-mail; 204 whether the details match an account or not. */
export function useRequestIdentifiant() {
  return useMutation({
    mutationFn: (request: IdentifiantReminderRequest) =>
      recoveryPost('/identifiant/oubli', request, noContent),
  });
}
