import type { DisputeListQuery } from './contract';

export const disputeKeys = {
  all: ['disputes'] as const,
  lists: () => [...disputeKeys.all, 'list'] as const,
  list: (query: DisputeListQuery) => [...disputeKeys.lists(), query] as const,
  detail: (numero: string) => [...disputeKeys.all, 'detail', numero] as const,
  contestFiles: (numero: string) => [...disputeKeys.all, 'contest-files', numero] as const,
};
