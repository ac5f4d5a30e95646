import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { dashboardPath } from '@/lib/paths';

// Without a user these let the authenticated route's own guard send to the login page.

/** The activation is only for accounts without the tool: the others go to the dashboard. */
export function redirectIfSubscribed(queryClient: QueryClient) {
  return async () => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
    if (session?.user?.gestionLitiges) throw redirect(dashboardPath('deja-active'));
    return null;
  };
}

/** Notification settings belong to the dispute tool: accounts without it are told to activate. */
export function requireSubscription(queryClient: QueryClient) {
  return async () => {
    const session = await queryClient.ensureQueryData(sessionQueryOptions()).catch(() => null);
    if (session?.user && !session.user.gestionLitiges) {
      throw redirect(dashboardPath('activation-requise'));
    }
    return null;
  };
}
