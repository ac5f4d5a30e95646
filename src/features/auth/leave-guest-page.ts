import { useEffect, useRef } from 'react';
import { useMatches, useNavigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useSession } from './api/session-store';

/** What a route's `handle` may say: `guestOnly` pages are for visitors who are not logged in. */
export interface GuestRouteHandle {
  guestOnly?: boolean;
}

function isGuestOnly(handle: unknown): boolean {
  return (
    typeof handle === 'object' && handle !== null && (handle as GuestRouteHandle).guestOnly === true
  );
}

/**
 * Guest pages render before the session answers (see `redirectIfLoggedIn`). When that first
 * answer says someone is logged in, they leave for the dashboard. Only the first answer counts:
 * a login on the page itself goes where the login form sends it. A component of its own in the
 * layout: the session's answer then re-renders this alone, not the layout and the page inside
 * it (a store's update renders synchronously).
 */
export function LeaveGuestPage(): null {
  const { data, status } = useSession();
  const guestOnly = useMatches().some((match) => isGuestOnly(match.handle));
  const navigate = useNavigate();
  const answered = useRef(false);
  useEffect(() => {
    if (status === 'pending' || answered.current) return;
    answered.current = true;
    if (data?.user && guestOnly) void navigate(paths.dashboard, { replace: true });
  }, [data, status, guestOnly, navigate]);
  return null;
}
