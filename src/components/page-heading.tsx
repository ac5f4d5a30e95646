import { createContext, use, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Pages {
  /** No page has shown yet: this is the document's first. */
  readonly none: () => boolean;
  readonly shown: () => void;
}

/** Whether the app has shown a page yet: one per app, so each test's app starts afresh. */
const PagesContext = createContext<Pages | null>(null);

export function FirstPageProvider({ children }: { children: ReactNode }) {
  const [pages] = useState<Pages>(() => {
    let any = false;
    return { none: () => !any, shown: () => void (any = true) };
  });
  return <PagesContext value={pages}>{children}</PagesContext>;
}

/**
 * The page's h1. It takes focus when the page (or step) changes, so keyboard and screen
 * reader users start reading at the new content instead of wherever focus was left. The
 * document's first page leaves focus where the browser put it, at the top: the skip link comes
 * first, as on any page load, and hydrating a prerendered page forces no layout. Without the
 * app around it (a component shown alone), every heading is a new page's.
 */
export function PageHeading({ children, focusKey }: { children: ReactNode; focusKey?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const pages = use(PagesContext);
  // Decided at the first render, before any effect has run (twice, in development).
  const [firstPage] = useState(() => pages?.none() ?? false);
  const [firstKey] = useState(focusKey);
  // In the commit itself, before the new page can be reached: a focus moved afterwards could
  // pull it away from a field the user has already clicked into.
  useLayoutEffect(() => {
    pages?.shown();
    if (firstPage && focusKey === firstKey) return;
    ref.current?.focus({ preventScroll: false });
  }, [pages, firstPage, firstKey, focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
