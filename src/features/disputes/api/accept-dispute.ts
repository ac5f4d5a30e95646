import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { refreshRefusedDispute, storeAnsweredDispute } from './answered';
import { disputeDetailResponseSchema, type AcceptDisputeRequest } from './contract';

/** `idempotencyKey`: one per user action, so a retry after a lost answer cannot accept twice. */
export function acceptDispute(
  numero: string,
  request: AcceptDisputeRequest,
  idempotencyKey?: string,
) {
  return apiRequest(`/litiges/${encodeURIComponent(numero)}/acceptation`, {
    method: 'POST',
    body: request,
    schema: disputeDetailResponseSchema,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
}

export function useAcceptDispute(numero: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: AcceptDisputeRequest;
      idempotencyKey: string;
    }) => acceptDispute(numero, request, idempotencyKey),
    onSuccess: (response) => storeAnsweredDispute(queryClient, response),
    onError: (error) => refreshRefusedDispute(queryClient, numero, error),
  });
}
