import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { disputeListResponseSchema } from './contract';
import { disputeKeys } from './keys';
import { toDisputeListSearchParams, type DisputeListQuery } from './list-query';

export function getDisputes(query: DisputeListQuery, { signal }: { signal?: AbortSignal } = {}) {
  const search = toDisputeListSearchParams(query).toString();
  return apiRequest(`/litiges${search ? `?${search}` : ''}`, {
    schema: disputeListResponseSchema,
    signal,
  });
}

export const disputesQueryOptions = (query: DisputeListQuery) =>
  queryOptions({
    queryKey: disputeKeys.list(query),
    queryFn: ({ signal }) => getDisputes(query, { signal }),
  });

export function useDisputes(query: DisputeListQuery) {
  // The previous page stays on screen while the next one loads: no empty table in between.
  return useQuery({ ...disputesQueryOptions(query), placeholderData: keepPreviousData });
}
