/**
 * Keeps `redirectTo` on this origin: an absolute URL, a protocol-relative `//host` or a
 * backslash trick (`/\host`, which browsers read as `//host`) falls back to `fallback`. So does
 * a path that only becomes `//host` once its dot segments are resolved (`/.//host`, `/%2e//host`).
 */
export function safeRedirectPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  try {
    const base = 'http://same.origin';
    const url = new URL(value, base);
    if (url.origin !== base || url.pathname.startsWith('//')) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
