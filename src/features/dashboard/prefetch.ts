import type { QueryClient } from '@tanstack/react-query';
import { ensureSession } from '@/features/auth/api/session-store';
import { accountSummaryQueryOptions } from './api/get-account-summary';
import { disputesOverviewQueryOptions } from './api/get-disputes-overview';

/**
 * Starts the dashboard's calls with the navigation, so the page opens with its data. Errors are
 * left to the page, which shows them with « Réessayer ».
 */
export async function prefetchDashboard(queryClient: QueryClient): Promise<null> {
  const session = await ensureSession().catch(() => null);
  // No user: the authenticated route's guard redirects; calling the API would only answer 401.
  if (!session?.user) return null;
  await Promise.all([
    queryClient.prefetchQuery(accountSummaryQueryOptions()),
    session.user.gestionLitiges ? queryClient.prefetchQuery(disputesOverviewQueryOptions()) : null,
  ]);
  return null;
}
