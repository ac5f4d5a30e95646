import { now } from './clock';

/**
 * Throttling keyed on what a visitor typed (an identifiant, a numéro de commerçant), whether an
 * account has it or not: 5 attempts within 15 minutes lock the key for 15 minutes.
 */
export interface ThrottleEntry {
  /** When each counted attempt was made (the login counts its failures only). */
  failures: number[];
  lockedUntil: number | null;
}

export type ThrottleTable = Record<string, ThrottleEntry>;

export const MAX_ATTEMPTS = 5;
export const THROTTLE_WINDOW_MS = 15 * 60_000;

/** The key's entry, its attempts older than the window forgotten and an expired lock lifted. */
export function throttleEntry(table: ThrottleTable, key: string): ThrottleEntry {
  const entry = (table[key.toLowerCase()] ??= { failures: [], lockedUntil: null });
  entry.failures = entry.failures.filter((time) => now() - time < THROTTLE_WINDOW_MS);
  if (entry.lockedUntil !== null && entry.lockedUntil <= now()) entry.lockedUntil = null;
  return entry;
}

/** Counts one attempt; when it is the one that locks the key, returns until when. */
export function countAttempt(entry: ThrottleEntry): number | null {
  entry.failures.push(now());
  if (entry.failures.length < MAX_ATTEMPTS) return null;
  entry.lockedUntil = now() + THROTTLE_WINDOW_MS;
  entry.failures = [];
  return entry.lockedUntil;
}
