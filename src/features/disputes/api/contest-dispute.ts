import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '@/lib/api-client';
import { refreshRefusedDispute, storeAnsweredDispute } from './answered';
import {
  CONTEST_FORM_PARTS,
  disputeDetailResponseSchema,
  type ContestDisputeForm,
} from './contract';

export function contestDispute(
  numero: string,
  input: ContestDisputeForm,
  onProgress?: (sent: number) => void,
) {
  const body = new FormData();
  body.set(CONTEST_FORM_PARTS.explication, input.explication);
  for (const file of input.documents ?? []) {
    body.append(CONTEST_FORM_PARTS.documents, file, file.name);
  }
  return apiUpload(`/litiges/${encodeURIComponent(numero)}/contestation`, {
    body,
    schema: disputeDetailResponseSchema,
    ...(onProgress ? { onProgress } : {}),
  });
}

export function useContestDispute(numero: string, onProgress: (sent: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContestDisputeForm) => contestDispute(numero, input, onProgress),
    onSuccess: (response) => storeAnsweredDispute(queryClient, response),
    onError: (error) => refreshRefusedDispute(queryClient, numero, error),
  });
}
