/**
 * Keeps `redirectTo` on this origin: an absolute URL, a protocol-relative `//host` or a
 * backslash trick (`/\host`, which browsers read as `//host`) falls back to `fallback`.
 */
export function safeRedirectPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  try {
    const base = 'http://same.origin';
    const url = new URL(value, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
