import { resetMockBackend } from './reset';
import { type ScenarioName } from './scenarios/registry';
import { setActiveScenarios } from './scenarios/active';
import { serverState, startSession } from './server-state';
import { setClock } from './clock';
import { parisLocalToInstant } from './lib/paris-time';

/** For vitest: the same scenario names QA types in the URL. */
export async function useScenarios(...names: ScenarioName[]): Promise<void> {
  setActiveScenarios(names);
  await resetMockBackend();
}

/** Starts a server-side session, as if the user had logged in before the test. */
export function logInAs(identifiant: string): void {
  startSession(identifiant);
}

/**
 * The server forgets the session and its anti-CSRF token, as a restarted server or one that
 * dropped an idle anonymous session does; the client still holds the old token.
 */
export function forgetSession(): void {
  serverState.session = null;
}

/** Sets the mock server's clock to a Paris wall-clock time, as `?horloge=` does in the browser. */
export function setMockClock(parisLocal: string): void {
  setClock(parisLocalToInstant(parisLocal));
}
