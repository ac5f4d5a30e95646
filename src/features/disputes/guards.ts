import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryOptions } from '@/features/auth/api/get-session';

/** What the disputes' pages may show: theirs, or a way to activate the dispute tool. */
export interface DisputesAccess {
  subscribed: boolean;
}

/**
 * The one check of the disputes' pages (list, statistics, case, contest). Without a user, the
 * authenticated route's own guard sends to the login page.
 */
export function loadDisputesAccess(queryClient: QueryClient) {
  return async (): Promise<DisputesAccess> => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
    return { subscribed: session?.user?.gestionLitiges === true };
  };
}
