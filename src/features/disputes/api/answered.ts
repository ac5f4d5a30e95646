import type { QueryClient } from '@tanstack/react-query';
import { dashboardKeys } from '@/features/dashboard/api/keys';
import type { DisputeDetailResponse } from './contract';
import { disputeKeys } from './keys';

/** The answered case replaces the cached one; lists and the dashboard's counts are refetched. */
export async function storeAnsweredDispute(
  queryClient: QueryClient,
  response: DisputeDetailResponse,
) {
  queryClient.setQueryData(disputeKeys.detail(response.litige.numeroDossier), response);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: disputeKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
  ]);
}
