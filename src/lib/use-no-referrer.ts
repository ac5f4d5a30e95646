import { useLayoutEffect } from 'react';

/** What browsers send when a page sets no policy of its own. */
const DEFAULT_POLICY = 'strict-origin-when-cross-origin';

/**
 * While the calling page is open, no request it makes says where it came from: its address
 * holds a secret (a reset link's token). The host sends `Referrer-Policy: no-referrer` for such
 * a page too; this covers what runs before the page can set it (the app's own requests).
 * A layout effect: set before the page's first request, which starts in a passive effect.
 */
export function useNoReferrer(): void {
  useLayoutEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'referrer';
    meta.content = 'no-referrer';
    document.head.append(meta);
    return () => {
      // A referrer policy stays after its element is removed: the default is set back first.
      meta.content = DEFAULT_POLICY;
      meta.remove();
    };
  }, []);
}
