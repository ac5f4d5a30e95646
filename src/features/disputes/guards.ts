import { ensureSession } from '@/features/auth/api/session-store';

/** What the disputes' pages may show: theirs, or a way to activate the dispute tool. */
export interface DisputesAccess {
  subscribed: boolean;
}

/**
 * The one check of the disputes' pages (list, statistics, case, contest). Without a user, the
 * authenticated route's own guard sends to the login page.
 */
export async function loadDisputesAccess(): Promise<DisputesAccess> {
  const session = await ensureSession().catch(() => null);
  return { subscribed: session?.user?.gestionLitiges === true };
}
