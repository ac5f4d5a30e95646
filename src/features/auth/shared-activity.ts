/**
 * Idle time belongs to the browser, not to one tab: every tab of a profile shares one session, so
 * the merchant working in one tab must not be logged out because another sat idle. Tabs share
 * the time of the last activity, and the last keep-alive id any of them received, in
 * localStorage: it reaches the other tabs at once (`storage` event) and is still there for a tab
 * that was asleep when it changed. Neither says anything about the user.
 */
export const ACTIVITY_KEY = 'espace-commercant:derniere-activite';
const KEEP_ALIVE_KEY = 'espace-commercant:session-prolongee';

/** Scroll and keys fire many times a second; the other tabs need to know every few seconds. */
export const ACTIVITY_WRITE_INTERVAL_MS = 5_000;

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, quota): this tab counts its own activity, as before.
  }
}

function remove(...keys: string[]): void {
  try {
    keys.forEach((key) => localStorage.removeItem(key));
  } catch {
    // Nothing stored, nothing to forget.
  }
}

function toTime(value: string | null): number | null {
  const time = Number(value);
  return value !== null && Number.isFinite(time) ? time : null;
}

/** The last activity in any tab of this browser (its `Date.now()`), if one was shared. */
export function readSharedActivity(): number | null {
  return toTime(read(ACTIVITY_KEY));
}

/** Tells the other tabs about activity at `at`; an older time never replaces a newer one. */
export function shareActivity(at: number): void {
  if (at > (readSharedActivity() ?? 0)) write(ACTIVITY_KEY, String(at));
}

/** Calls `listener` with each activity another tab shares. */
export function onActivityElsewhere(listener: (at: number) => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== ACTIVITY_KEY) return;
    const at = toTime(event.newValue);
    if (at !== null) listener(at);
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/**
 * Shares activity at most once per `ACTIVITY_WRITE_INTERVAL_MS`, and always the latest in the
 * end: what happens during the wait is written when it ends.
 */
export function createActivityWriter() {
  let lastWrite = Number.NEGATIVE_INFINITY;
  let latest = 0;
  let pending: number | undefined;
  const flush = () => {
    pending = undefined;
    lastWrite = Date.now();
    shareActivity(latest);
  };
  return {
    record(at: number): void {
      latest = at;
      if (pending !== undefined) return;
      const wait = lastWrite + ACTIVITY_WRITE_INTERVAL_MS - at;
      if (wait <= 0) flush();
      else pending = window.setTimeout(flush, wait);
    },
    cancel(): void {
      window.clearTimeout(pending);
      pending = undefined;
    },
  };
}

/** The keep-alive id of the latest session answer any tab of this browser shared. */
export function readSharedKeepAlive(): string | null {
  return read(KEEP_ALIVE_KEY);
}

export function shareKeepAlive(id: string): void {
  write(KEEP_ALIVE_KEY, id);
}

const IDLE_END_KEY = 'espace-commercant:fin-par-inactivite';

/**
 * Left by the tab that ends the session for inactivity, since the last activity goes with the
 * session: another tab that then finds the session gone says why as well. It names no one, and
 * the next session's count removes it.
 */
export function shareIdleEnd(): void {
  write(IDLE_END_KEY, '1');
}

export function idleEndShared(): boolean {
  return read(IDLE_END_KEY) !== null;
}

export function forgetIdleEnd(): void {
  remove(IDLE_END_KEY);
}

/** After a logout or an expiry nothing of the session stays behind, even this. */
export function forgetSharedActivity(): void {
  remove(ACTIVITY_KEY, KEEP_ALIVE_KEY);
}
