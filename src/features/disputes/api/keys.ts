import type { DisputeListQuery } from './list-query';
import type { StatisticsPeriod } from './statistics-contract';

export const disputeKeys = {
  all: ['disputes'] as const,
  lists: () => [...disputeKeys.all, 'list'] as const,
  list: (query: DisputeListQuery) => [...disputeKeys.lists(), query] as const,
  detail: (numero: string) => [...disputeKeys.all, 'detail', numero] as const,
  allStatistics: () => [...disputeKeys.all, 'statistics'] as const,
  statistics: (periode: StatisticsPeriod) => [...disputeKeys.allStatistics(), periode] as const,
  contestFiles: (numero: string) => [...disputeKeys.all, 'contest-files', numero] as const,
};
