import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '@/lib/api-client';
import { refreshRefusedDispute, storeAnsweredDispute } from './answered';
import {
  CONTEST_FORM_PARTS,
  disputeDetailResponseSchema,
  type ContestDisputeForm,
} from './contract';

/** `idempotencyKey`: one per user action, so a retry after a lost answer cannot contest twice. */
export function contestDispute(
  numero: string,
  input: ContestDisputeForm,
  {
    onProgress,
    idempotencyKey,
  }: { onProgress?: (sent: number) => void; idempotencyKey?: string } = {},
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
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
}

export function useContestDispute(numero: string, onProgress: (sent: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      input,
      idempotencyKey,
    }: {
      input: ContestDisputeForm;
      idempotencyKey: string;
    }) => contestDispute(numero, input, { onProgress, idempotencyKey }),
    onSuccess: (response) => storeAnsweredDispute(queryClient, response),
    onError: (error) => refreshRefusedDispute(queryClient, numero, error),
  });
}
