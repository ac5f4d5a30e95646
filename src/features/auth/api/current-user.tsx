import { createContext, use, type ReactNode } from 'react';
import type { SessionUser } from './contract';

const CurrentUserContext = createContext<SessionUser | null>(null);

/**
 * The authenticated layout hands its user to every page under it: a page never checks for a
 * missing user, and never sees one vanish while the layout leaves after a logout.
 */
export function CurrentUserProvider({
  user,
  children,
}: {
  user: SessionUser;
  children: ReactNode;
}) {
  return <CurrentUserContext value={user}>{children}</CurrentUserContext>;
}

/** The logged-in user; only under the authenticated layout, whose guard ensured one. */
export function useCurrentUser(): SessionUser {
  const user = use(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser called outside the authenticated layout');
  return user;
}
