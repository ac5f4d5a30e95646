/** The mock server's "now": real time, shifted when QA sets a mock clock. */
let offsetMs = 0;

export function now(): number {
  return Date.now() + offsetMs;
}

export function setClock(instant: Date | null): void {
  offsetMs = instant ? instant.getTime() - Date.now() : 0;
}

/** How far the mock clock is from real time: what the browser's server keeps across reloads. */
export function clockOffset(): number {
  return offsetMs;
}

export function setClockOffset(ms: number): void {
  offsetMs = ms;
}
