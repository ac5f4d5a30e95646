import { useEffect, useSyncExternalStore } from 'react';
import type { Session } from './contract';
import { getSession } from './get-session';

/**
 * The session as this page knows it: one small store, not a query, so that the pages a visitor
 * opens first (home, login) load no data-fetching library (docs/decisions/0015-session-store.md).
 * `status` is `pending` until the first answer, as a query's would be.
 */
export interface SessionState {
  data: Session | undefined;
  status: 'pending' | 'success' | 'error';
}

// How long an answer counts as current when a page asks again (start-up, a new search).
const FRESH_MS = 60_000;

const unknown: SessionState = { data: undefined, status: 'pending' };
let state = unknown;
let fetchedAt = 0;
let pending: Promise<Session> | null = null;
// Moves on each reset: an answer to a request sent before it belongs to the user who left.
let generation = 0;
const listeners = new Set<() => void>();
const resetListeners = new Set<() => void>();

function write(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function readSession(): Session | undefined {
  return state.data;
}

export function setSession(session: Session): void {
  fetchedAt = Date.now();
  write({ data: session, status: 'success' });
}

/** Asks the API again, whatever is known; concurrent callers share one request. */
export function refreshSession(): Promise<Session> {
  if (pending) return pending;
  const sent = generation;
  const request = getSession().then(
    (session) => {
      if (sent === generation) setSession(session);
      return session;
    },
    (error: unknown) => {
      if (sent === generation && !state.data) write({ data: undefined, status: 'error' });
      throw error;
    },
  );
  pending = request;
  const done = () => {
    if (pending === request) pending = null;
  };
  request.then(done, done);
  return request;
}

/** The session known, or the API's answer when none is: what a guard waits for. */
export function ensureSession(): Promise<Session> {
  return state.data ? Promise.resolve(state.data) : refreshSession();
}

/** Starts asking when nothing current is known; a failure leaves public pages usable. */
export function prefetchSession(): void {
  if (state.data && Date.now() - fetchedAt < FRESH_MS) return;
  refreshSession().catch(() => undefined);
}

/** Forgets the session alone: the next guard asks the API again. */
export function forgetSession(): void {
  generation += 1;
  pending = null;
  fetchedAt = 0;
  write(unknown);
}

/**
 * Forgets everything of the user (logout, expiry, a new login): the session, and, through
 * `onSessionReset`, every cache that held the user's data.
 */
export function resetSession(): void {
  for (const listener of resetListeners) listener();
  forgetSession();
}

/** A login or a new account: nothing of whoever used this page before survives into it. */
export function beginSession(session: Session): void {
  resetSession();
  setSession(session);
}

export function onSessionReset(listener: () => void): () => void {
  resetListeners.add(listener);
  return () => resetListeners.delete(listener);
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getSnapshot = () => state;
// The build renders pages for a visitor, and hydration must see what the build saw.
const getServerSnapshot = () => unknown;

/**
 * The session, asked for when nothing current is known: a hydrated page ran no loader, and
 * whoever shows it must still learn who is logged in.
 */
export function useSession(): SessionState {
  // In a task of its own rather than inside the commit that shows the page: starting a request
  // there lengthened that task (most under Lighthouse, whose tracing records the stack that
  // starts a request, and React's is deep).
  useEffect(() => {
    const timer = setTimeout(prefetchSession, 0);
    return () => clearTimeout(timer);
  }, []);
  return useSyncExternalStore(subscribeSession, getSnapshot, getServerSnapshot);
}
