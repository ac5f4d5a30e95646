import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { disputeKeys } from './keys';
import { disputeStatisticsSchema, type StatisticsPeriod } from './statistics-contract';

export function getDisputeStatistics(
  periode: StatisticsPeriod,
  { signal }: { signal?: AbortSignal } = {},
) {
  return apiRequest(`/litiges/statistiques?periode=${periode}`, {
    schema: disputeStatisticsSchema,
    signal,
  });
}

export const disputeStatisticsQueryOptions = (periode: StatisticsPeriod) =>
  queryOptions({
    queryKey: disputeKeys.statistics(periode),
    queryFn: ({ signal }) => getDisputeStatistics(periode, { signal }),
  });

export function useDisputeStatistics(periode: StatisticsPeriod) {
  // The previous period's figures stay on screen, marked as updating, while the next ones load.
  return useQuery({ ...disputeStatisticsQueryOptions(periode), placeholderData: keepPreviousData });
}
