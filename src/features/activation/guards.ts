import { redirect } from 'react-router';
import { ensureSession } from '@/features/auth/api/session-store';
import { dashboardPath } from '@/lib/paths';

// Without a user these let the authenticated route's own guard send to the login page.

/** The activation is only for accounts without the tool: the others go to the dashboard. */
export async function redirectIfSubscribed(): Promise<null> {
  const session = await ensureSession().catch(() => null);
  if (session?.user?.gestionLitiges) throw redirect(dashboardPath('deja-active'));
  return null;
}

/** Notification settings belong to the dispute tool: accounts without it are told to activate. */
export async function requireSubscription(): Promise<null> {
  const session = await ensureSession().catch(() => null);
  if (session?.user && !session.user.gestionLitiges) {
    throw redirect(dashboardPath('activation-requise'));
  }
  return null;
}
