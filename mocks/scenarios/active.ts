import { scenarioSeeds } from './seeds';
import {
  findScenario,
  type EndpointFailure,
  type Failure,
  type Scenario,
  type ScenarioName,
} from './registry';

let active: Scenario[] = [];
/** `firstCallPer` values whose first call already failed, per scenario. */
const failedOnce = new Set<string>();

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
  failedOnce.clear();
  return { unknown };
}

export function scenarioLatency(): number {
  return active.reduce((total, scenario) => total + (scenario.latencyMs ?? 0), 0);
}

export function scenarioFailure(): Failure | undefined {
  return active.find((scenario) => scenario.failure)?.failure;
}

/** The failure an active scenario declares for this call of `endpoint` (`POST /inscription`). */
export function scenarioEndpointFailure(
  endpoint: string,
  body: unknown,
): EndpointFailure | undefined {
  for (const { name, endpointFailure } of active) {
    if (endpointFailure?.endpoint !== endpoint) continue;
    if (endpointFailure.firstCallPer === undefined) return endpointFailure;
    const value: unknown =
      typeof body === 'object' && body !== null
        ? Object.entries(body).find(([key]) => key === endpointFailure.firstCallPer)?.[1]
        : undefined;
    const key = `${name}:${String(value)}`;
    if (failedOnce.has(key)) continue;
    failedOnce.add(key);
    return endpointFailure;
  }
  return undefined;
}

export function scenarioResetLinkAgeMs(): number {
  return Math.max(0, ...active.map((scenario) => scenario.resetLinkAgeMs ?? 0));
}

export function bulkFirstCaseAnsweredElsewhere(): boolean {
  return active.some((scenario) => scenario.bulkFirstCaseAnsweredElsewhere);
}

export function mailServerDown(): boolean {
  return active.some((scenario) => scenario.mailServerDown);
}

export async function applyScenarioSeeds(): Promise<void> {
  for (const scenario of active) await scenarioSeeds[scenario.name as ScenarioName]?.();
}
