import { setClock } from './clock';
import { parisLocalToInstant } from './lib/paris-time';

const CLOCK_KEY = 'espace-commercant:horloge';
const PARIS_LOCAL = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

/**
 * `?horloge=2026-12-02T10:00` (Paris wall-clock) sets the mock server's clock, which then runs
 * from there; kept for the tab like `?scenario=`, re-applied at each load. `?horloge=reelle` (or empty) clears it.
 * Returns the clock in force, and a value the URL gave that could not be read.
 */
export function applyClockParam(search: string): { clock: string | null; invalid: string | null } {
  const fromUrl = new URLSearchParams(search).get('horloge');
  let invalid: string | null = null;
  if (fromUrl === '' || fromUrl === 'reelle') sessionStorage.removeItem(CLOCK_KEY);
  else if (fromUrl !== null && PARIS_LOCAL.test(fromUrl))
    sessionStorage.setItem(CLOCK_KEY, fromUrl);
  else if (fromUrl !== null) invalid = fromUrl;
  const clock = sessionStorage.getItem(CLOCK_KEY);
  setClock(clock ? parisLocalToInstant(clock) : null);
  return { clock, invalid };
}
