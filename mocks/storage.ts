/**
 * The mock backend's own persistence. In the browser it survives reloads (localStorage, shared
 * by tabs like a real server); in tests it stays in memory so each test starts fresh.
 */
let persistent = false;

export function enablePersistence(): void {
  persistent = typeof localStorage !== 'undefined';
}

export function readStored<T>(key: string): T | null {
  if (!persistent) return null;
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: unknown): void {
  if (!persistent) return;
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Too big for the browser's storage (the 5,000-dispute scenario): forget the old copy rather
    // than restore stale data; the next load seeds again, scenarios included.
    localStorage.removeItem(key);
  }
}

export function removeStored(key: string): void {
  if (persistent) localStorage.removeItem(key);
}
