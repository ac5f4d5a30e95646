import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { disputeDetailResponseSchema } from './contract';
import { disputeKeys } from './keys';

export function getDispute(numero: string, { signal }: { signal?: AbortSignal } = {}) {
  return apiRequest(`/litiges/${encodeURIComponent(numero)}`, {
    schema: disputeDetailResponseSchema,
    signal,
  });
}

export const disputeQueryOptions = (numero: string) =>
  queryOptions({
    queryKey: disputeKeys.detail(numero),
    queryFn: ({ signal }) => getDispute(numero, { signal }),
  });

export function useDispute(numero: string) {
  return useQuery(disputeQueryOptions(numero));
}
