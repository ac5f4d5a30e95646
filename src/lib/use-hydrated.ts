import { startTransition, useEffect, useState } from 'react';

// Whether React may be hydrating prerendered markup: always in the build's prerender (no
// document), and in the browser from `beginHydration()` until the hydrated page's effects run.
let hydrating = typeof document === 'undefined';

/** Called just before `hydrateRoot`: what renders until the page is hydrated matches the HTML. */
export function beginHydration(): void {
  hydrating = true;
}

/**
 * False while React hydrates a page the build prerendered, true from then on (and at once in a
 * page rendered in the browser): what only works with the app's code waits for it. A click
 * before then would be lost, typed text wiped when the form takes its fields over, and a form
 * sent natively would leave as a GET, the password in the address: a prerendered page's form is
 * `inert={!hydrated}`. One attribute for the whole form: turning each control on by itself cost
 * a DOM change per control in the task right after hydration.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(() => !hydrating);
  useEffect(() => {
    if (hydrated) return;
    hydrating = false;
    // A transition, not useSyncExternalStore's forced re-render: the page's controls turn on in
    // short slices instead of one long task right after hydration.
    startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
