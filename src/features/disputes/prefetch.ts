import type { QueryClient } from '@tanstack/react-query';
import { ensureSession } from '@/features/auth/api/session-store';
import { isApiError } from '@/lib/api-client';
import { readDisputeListQuery } from './api/list-query';
import { disputeQueryOptions } from './api/get-dispute';
import { disputesQueryOptions } from './api/get-disputes';
import { disputeStatisticsQueryOptions } from './api/get-statistics';
import { readStatisticsPeriod } from './api/statistics-contract';

/**
 * Starts a disputes page's call with the navigation, beside its code, instead of after it renders.
 * The list and the statistics show their own loading and error states, with « Réessayer »: not
 * awaited. A case is: an unknown number is the route's « introuvable » (its error element, by
 * status), and any other failure is left to the page.
 */
export async function prefetchDisputesPage(
  queryClient: QueryClient,
  page: 'list' | 'statistics' | 'case',
  url: URL,
  numero = '',
): Promise<null> {
  const session = await ensureSession().catch(() => null);
  // Not subscribed: the page offers the activation; the API would only answer 403.
  if (!session?.user?.gestionLitiges) return null;
  if (page === 'list') {
    void queryClient.prefetchQuery(disputesQueryOptions(readDisputeListQuery(url.searchParams)));
  } else if (page === 'statistics') {
    void queryClient.prefetchQuery(
      disputeStatisticsQueryOptions(readStatisticsPeriod(url.searchParams)),
    );
  } else {
    await queryClient.fetchQuery(disputeQueryOptions(numero)).catch((error: unknown) => {
      if (isApiError(error) && error.status === 404) throw error;
    });
  }
  return null;
}
