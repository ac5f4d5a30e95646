import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, noContent } from '@/lib/api-client';
import { disputeKeys } from './keys';

/** Tells the server, for the case's journal, that a contest draft was saved; its text stays here. */
export function recordContestDraft(numero: string) {
  return apiRequest(`/litiges/${encodeURIComponent(numero)}/brouillon`, {
    method: 'POST',
    schema: noContent,
  });
}

export function useRecordContestDraft(numero: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => recordContestDraft(numero),
    // The case's journal changed: read again when the case is next shown, not under the form.
    onSuccess: () =>
      queryClient.invalidateQueries({
        queryKey: disputeKeys.detail(numero),
        refetchType: 'none',
      }),
  });
}
