import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { refreshRefusedDispute, storeAnsweredDispute } from './answered';
import { disputeDetailResponseSchema, type AcceptDisputeRequest } from './contract';

export function acceptDispute(numero: string, request: AcceptDisputeRequest) {
  return apiRequest(`/litiges/${encodeURIComponent(numero)}/acceptation`, {
    method: 'POST',
    body: request,
    schema: disputeDetailResponseSchema,
  });
}

export function useAcceptDispute(numero: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: AcceptDisputeRequest) => acceptDispute(numero, request),
    onSuccess: (response) => storeAnsweredDispute(queryClient, response),
    onError: (error) => refreshRefusedDispute(queryClient, numero, error),
  });
}
