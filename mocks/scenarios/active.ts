import { scenarioSeeds } from './seeds';
import { findScenario, type Failure, type Scenario, type ScenarioName } from './registry';

let active: Scenario[] = [];

export function activeScenarios(): readonly Scenario[] {
  return active;
}

export function setActiveScenarios(names: readonly string[]): { unknown: string[] } {
  const unknown: string[] = [];
  const found: Scenario[] = [];
  for (const name of names) {
    const scenario = findScenario(name);
    if (scenario) found.push(scenario);
    else unknown.push(name);
  }
  active = found.filter((scenario) => scenario.name !== ('par-defaut' satisfies ScenarioName));
  return { unknown };
}

export function scenarioLatency(): number {
  return active.reduce((total, scenario) => total + (scenario.latencyMs ?? 0), 0);
}

export function scenarioFailure(): Failure | undefined {
  return active.find((scenario) => scenario.failure)?.failure;
}

export async function applyScenarioSeeds(): Promise<void> {
  for (const scenario of active) await scenarioSeeds[scenario.name as ScenarioName]?.();
}
