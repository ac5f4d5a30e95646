import { resetMockBackend } from './reset';
import { type ScenarioName } from './scenarios/registry';
import { setActiveScenarios } from './scenarios/active';
import { serverState, newToken } from './server-state';
import { now } from './clock';

/** For vitest: the same scenario names QA types in the URL. */
export async function useScenarios(...names: ScenarioName[]): Promise<void> {
  setActiveScenarios(names);
  await resetMockBackend();
}

/** Starts a server-side session, as if the user had logged in before the test. */
export function logInAs(identifiant: string): void {
  serverState.session = { identifiant, csrfToken: newToken(), lastSeen: now() };
}
