import { useCallback, useRef } from 'react';
import { isApiError } from './api-client';

/** One submit that was let through. */
export interface Submission {
  /**
   * The `Idempotency-Key` of this user action: a new UUID, or the previous one when the very same
   * action is sent again after a failure that may have reached the server.
   */
  readonly key: string;
  /** The request failed: the user may try again. */
  failed(error: unknown): void;
  /** The request is over and the form stays for another action (settings saved, step checked). */
  done(): void;
}

/**
 * The server may have acted on a request whose answer never came back (network cut, gateway
 * timeout) or that failed on its side; sending it again with its key cannot act twice.
 */
function outcomeUnknown(error: unknown): boolean {
  return isApiError(error) && (error.kind === 'network' || error.status >= 500);
}

function sameAction(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

/**
 * One request per user action. The guard is a ref set the moment a submit starts: two clicks
 * (or a click and an Enter) dispatched before React renders the pending state both read the
 * same render, so a guard on state lets both through. After a success it stays closed: the page
 * moves on (answered, logged in); after a failure it opens again so the user can retry.
 *
 * `start(sent)` lets a submit through, or answers null while one runs; `sent` is what the
 * action sends (compared value by value, files by identity), so a retry of the same answer
 * reuses its key and an edited one gets a new key.
 */
export function useSubmitOnce() {
  const running = useRef(false);
  const unsettled = useRef<{ sent: readonly unknown[]; key: string } | null>(null);

  return useCallback((sent: readonly unknown[] = []): Submission | null => {
    if (running.current) return null;
    running.current = true;
    const previous = unsettled.current;
    const key = previous && sameAction(previous.sent, sent) ? previous.key : crypto.randomUUID();
    unsettled.current = null;
    return {
      key,
      failed(error) {
        unsettled.current = outcomeUnknown(error) ? { sent, key } : null;
        running.current = false;
      },
      done() {
        running.current = false;
      },
    };
  }, []);
}
