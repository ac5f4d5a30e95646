import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { disputesOverviewSchema } from './contract';
import { dashboardKeys } from './keys';

export function getDisputesOverview({ signal }: { signal?: AbortSignal } = {}) {
  return apiRequest('/litiges/synthese', { schema: disputesOverviewSchema, signal });
}

export const disputesOverviewQueryOptions = () =>
  queryOptions({
    queryKey: dashboardKeys.disputesOverview(),
    queryFn: ({ signal }) => getDisputesOverview({ signal }),
  });

export function useDisputesOverview() {
  return useQuery(disputesOverviewQueryOptions());
}
