import { setupWorker } from 'msw/browser';
import type { MockStatus } from '@/lib/mock-status';
import { applyClockParam } from './clock-param';
import { loadDb, saveDb } from './db';
import { handlers } from './handlers';
import { setBaseLatency } from './http';
import { resetMockBackend } from './reset';
import { activeScenarios, parseScenarioParam, setActiveScenarios } from './scenarios/active';
import { loadServerState, saveServerState } from './server-state';
import { enablePersistence } from './storage';
import { applySessionParam } from './url-session';

const SCENARIO_KEY = 'espace-commercant:scenarios';
const BROWSER_LATENCY_MS = 250;

/** The scenario chosen in the URL wins and is kept for the tab (sessionStorage) until changed. */
function chooseScenarios(): { names: string[]; changed: boolean } {
  const fromUrl = parseScenarioParam(window.location.search);
  const stored = sessionStorage.getItem(SCENARIO_KEY);
  const previous = stored ? (JSON.parse(stored) as string[]) : [];
  if (fromUrl === null) return { names: previous, changed: false };
  sessionStorage.setItem(SCENARIO_KEY, JSON.stringify(fromUrl));
  return { names: fromUrl, changed: JSON.stringify(fromUrl) !== JSON.stringify(previous) };
}

export async function startBrowserMocking(): Promise<MockStatus> {
  enablePersistence();
  setBaseLatency(BROWSER_LATENCY_MS);
  const { names, changed } = chooseScenarios();
  const { unknown } = setActiveScenarios(names);
  // Before the session is read: its idle limit is counted on the mock clock.
  const { clock, invalid } = applyClockParam(window.location.search);
  if (invalid) console.warn(`[mock API] ?horloge=${invalid} ignored: expected 2026-12-02T10:00`);
  loadServerState();
  const restored = await loadDb();
  // A scenario that changes data starts from fresh demo data, so it always shows the same thing.
  // Not restored: the scenario's data was too big to keep (5,000 disputes), so seed it again.
  if ((changed || !restored) && activeScenarios().some((scenario) => scenario.seed)) {
    await resetMockBackend();
    saveDb();
    saveServerState();
  }

  applySessionParam(window.location.search);

  const worker = setupWorker(...handlers);
  await worker.start({
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.warning();
    },
  });
  return {
    enabled: true,
    scenarios: activeScenarios().map((scenario) => scenario.name),
    unknownScenarios: unknown,
    clock,
  };
}
