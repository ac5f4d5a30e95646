import { resetDb } from './db';
import { applyScenarioSeeds } from './scenarios/active';
import { resetServerState } from './server-state';

/** Back to the demo data, then the active scenarios' own changes. */
export async function resetMockBackend(): Promise<void> {
  resetServerState();
  await resetDb();
  await applyScenarioSeeds();
}
