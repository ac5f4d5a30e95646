/**
 * jsdom has no `matchMedia`. This one answers width queries (`(max-width: 40rem)`, `min-width`)
 * from `window.innerWidth`, and tells listeners on `resize`: a test sets the width with
 * `setViewportWidth` as a phone would have it.
 */
const REM = 16;

function toPixels(value: string): number {
  const amount = Number.parseFloat(value);
  return value.endsWith('rem') || value.endsWith('em') ? amount * REM : amount;
}

function matches(query: string): boolean {
  return [...query.matchAll(/\((max|min)-width:\s*([\d.]+(?:px|r?em))\)/g)].every(
    ([, kind, value = '0']) =>
      kind === 'max' ? window.innerWidth <= toPixels(value) : window.innerWidth >= toPixels(value),
  );
}

export function installMatchMedia(): void {
  window.matchMedia = (query: string): MediaQueryList => {
    // Listeners hear every resize: the hooks read `matches` again, as they must on a change.
    const list = {
      media: query,
      get matches() {
        return matches(query);
      },
      onchange: null,
      addEventListener: (_type: string, listener: EventListener) =>
        window.addEventListener('resize', listener),
      removeEventListener: (_type: string, listener: EventListener) =>
        window.removeEventListener('resize', listener),
      addListener: (listener: EventListener) => window.addEventListener('resize', listener),
      removeListener: (listener: EventListener) => window.removeEventListener('resize', listener),
      dispatchEvent: (event: Event) => window.dispatchEvent(event),
    };
    return list as unknown as MediaQueryList;
  };
}

export function setViewportWidth(width: number): void {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
  window.dispatchEvent(new Event('resize'));
}
