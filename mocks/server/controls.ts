import { clockOffset, now, setClock } from '../clock';
import { findAccount, getBaseLatency, setBaseLatency } from '../http';
import { parisLocalToInstant } from '../lib/paris-time';
import { resetMockBackend } from '../reset';
import { activeScenarios, setActiveScenarios } from '../scenarios/active';
import { findScenario } from '../scenarios/registry';
import { serverState, startSession } from '../server-state';
import type { BootParams, ServerStatus } from './protocol';

const PARIS_LOCAL = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;

/** The QA settings the server keeps beside its data, across reloads. */
export interface ServerConfig {
  scenarios: string[];
  clock: string | null;
  clockOffsetMs: number;
  latencyMs: number;
}

let clockLabel: string | null = null;

export function serverConfig(): ServerConfig {
  return {
    scenarios: activeScenarios().map((scenario) => scenario.name),
    clock: clockLabel,
    clockOffsetMs: clockOffset(),
    latencyMs: getBaseLatency(),
  };
}

export function restoreServerConfig(config: ServerConfig): void {
  setActiveScenarios(config.scenarios);
  clockLabel = config.clock;
  moveClockBy(config.clockOffsetMs - clockOffset());
  setBaseLatency(config.latencyMs);
}

export function serverStatus(sessionEnded: string | null = null): ServerStatus {
  const { scenarios, clock, latencyMs } = serverConfig();
  return { scenarios, clock, latencyMs, sessionEnded };
}

/** Moving the clock is not idle time: the session's last activity moves with it. */
function moveClockBy(deltaMs: number): void {
  const before = now();
  if (serverState.session) serverState.session.lastSeen += deltaMs;
  setClock(new Date(before + deltaMs));
}

/** `?horloge=2026-12-02T10:00` sets the clock, which runs on from there; `reelle` clears it. */
function applyClock(value: string): void {
  if (value === '' || value === 'reelle') {
    clockLabel = null;
    moveClockBy(-clockOffset());
  } else if (PARIS_LOCAL.test(value)) {
    clockLabel = value;
    moveClockBy(parisLocalToInstant(value).getTime() - now());
  } else {
    console.warn(`[mock API] ?horloge=${value} ignored: expected 2026-12-02T10:00`);
  }
}

/**
 * Back to the demo data, then the active scenarios' own changes. Whoever was logged in stays so
 * when their account is still there and no scenario logs someone else in. Returns the
 * identifiant whose session ended because the new data lacks the account.
 */
export async function resetData(): Promise<string | null> {
  const previous = serverState.session;
  await resetMockBackend();
  if (!previous?.identifiant || serverState.session?.identifiant) return null;
  if (!findAccount(previous.identifiant)) return previous.identifiant;
  serverState.session = previous;
  return null;
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, index) => name === b[index]);
}

/** Data scenarios start from fresh demo data, so each always shows the same thing. */
async function applyScenarios(names: string[]): Promise<string | null> {
  const before = activeScenarios();
  setActiveScenarios(names);
  const after = activeScenarios();
  const unchanged = sameNames(
    after.map((scenario) => scenario.name),
    before.map((scenario) => scenario.name),
  );
  if (unchanged || ![...before, ...after].some((scenario) => scenario.seeds)) return null;
  return resetData();
}

export function logInAs(identifiant: string): void {
  const account = identifiant === 'personne' ? undefined : findAccount(identifiant);
  if (account) startSession(account.identifiant);
  else serverState.session = null;
}

/** What the URL of a page load asks: scenarios first (they may reset data), then clock, account. */
export async function boot(params: BootParams): Promise<ServerStatus> {
  const known = params.scenarios?.filter((name) => findScenario(name));
  const sessionEnded = known ? await applyScenarios(known) : null;
  if (params.clock !== null) applyClock(params.clock);
  if (params.as !== null) logInAs(params.as);
  if (params.latencyMs !== null) setBaseLatency(Math.max(0, params.latencyMs));
  return serverStatus(params.as === null ? sessionEnded : null);
}

export function setLatency(ms: number): ServerStatus {
  setBaseLatency(Math.max(0, ms));
  return serverStatus();
}
