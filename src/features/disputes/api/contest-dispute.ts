import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '@/lib/api-client';
import { refreshRefusedDispute, storeAnsweredDispute } from './answered';
import { disputeDetailResponseSchema } from './contract';

export interface ContestInput {
  explication: string;
  documents: readonly File[];
}

export function contestDispute(
  numero: string,
  input: ContestInput,
  onProgress?: (sent: number) => void,
) {
  const body = new FormData();
  body.set('explication', input.explication);
  for (const file of input.documents) body.append('documents', file, file.name);
  return apiUpload(`/litiges/${encodeURIComponent(numero)}/contestation`, {
    body,
    schema: disputeDetailResponseSchema,
    ...(onProgress ? { onProgress } : {}),
  });
}

export function useContestDispute(numero: string, onProgress: (sent: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContestInput) => contestDispute(numero, input, onProgress),
    onSuccess: (response) => storeAnsweredDispute(queryClient, response),
    onError: (error) => refreshRefusedDispute(queryClient, numero, error),
  });
}
