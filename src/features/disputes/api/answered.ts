import type { QueryClient } from '@tanstack/react-query';
import { dashboardKeys } from '@/features/dashboard/api/keys';
import { isApiError } from '@/lib/api-client';
import { DISPUTES_ERROR_CODES, type DisputeDetailResponse } from './contract';
import { disputeKeys } from './keys';

/**
 * The answered case replaces the cached one; lists, statistics and the dashboard's counts are
 * refetched.
 */
export async function storeAnsweredDispute(
  queryClient: QueryClient,
  response: DisputeDetailResponse,
) {
  queryClient.setQueryData(disputeKeys.detail(response.litige.numeroDossier), response);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: disputeKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: disputeKeys.allStatistics() }),
    queryClient.invalidateQueries({ queryKey: dashboardKeys.all }),
  ]);
}

export function isNotAnswerable(error: unknown): boolean {
  return isApiError(error) && error.body?.code === DISPUTES_ERROR_CODES.notAnswerable;
}

/** The API refused an answer (closed or too late meanwhile): show the case as it is now. */
export async function refreshRefusedDispute(
  queryClient: QueryClient,
  numero: string,
  error: unknown,
) {
  if (!isNotAnswerable(error)) return;
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: disputeKeys.detail(numero) }),
    queryClient.invalidateQueries({ queryKey: disputeKeys.lists() }),
  ]);
}
