import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page (or step) changes, so keyboard and screen
 * reader users start reading at the new content instead of wherever focus was left.
 */
export function PageHeading({ children, focusKey }: { children: ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // In the commit itself, before the new page can be reached: a focus moved afterwards could
  // pull it away from a field the user has already clicked into.
  useLayoutEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
