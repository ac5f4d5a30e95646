import { useEffect, useRef } from 'react';

/**
 * A ref whose element takes focus each time `shown` becomes a new value other than null, once
 * it is on screen: an alert the user must hear and act on. An effect runs after React has
 * rendered it; a frame callback may run before, and focus nothing.
 */
export function useFocusWhenShown<T extends HTMLElement>(shown: object | null) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown !== null) ref.current?.focus();
  }, [shown]);
  return ref;
}
