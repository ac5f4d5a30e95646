import { useMutation, useQueryClient } from '@tanstack/react-query';
import { dashboardKeys } from '@/features/dashboard/api/keys';
import { apiRequest } from '@/lib/api-client';
import { bulkAcceptResponseSchema, type BulkAcceptRequest } from './contract';
import { disputeKeys } from './keys';

/** « Accepter la sélection »: one request for every case, one result per case. */
export function acceptDisputes(request: BulkAcceptRequest, idempotencyKey?: string) {
  return apiRequest('/litiges/acceptations', {
    method: 'POST',
    body: request,
    schema: bulkAcceptResponseSchema,
    ...(idempotencyKey ? { idempotencyKey } : {}),
  });
}

export function useAcceptDisputes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      request,
      idempotencyKey,
    }: {
      request: BulkAcceptRequest;
      idempotencyKey: string;
    }) => acceptDisputes(request, idempotencyKey),
    // Accepted or not, every case asked for may have changed (another tab answered it): its
    // cached page, the lists and the dashboard's counts are read again.
    onSuccess: (_response, { request }) =>
      Promise.all([
        ...request.numeros.map((numero) =>
          queryClient.invalidateQueries({ queryKey: disputeKeys.detail(numero) }),
        ),
        queryClient.invalidateQueries({ queryKey: disputeKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
      ]),
  });
}
