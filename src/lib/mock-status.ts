import { createContext, useContext } from 'react';

/** What the mocking bootstrap tells the UI, without the UI importing the mock backend. */
export interface MockStatus {
  enabled: boolean;
  scenarios: string[];
  unknownScenarios: string[];
  /** The mock clock set with `?horloge=`, Paris wall-clock ("2026-12-02T10:00"). */
  clock?: string | null;
  /** Latency the mock server adds to every call, in milliseconds (dev toolbar). */
  latencyMs?: number;
  /** A demo account logged out by a scenario change because the new data lacks it. */
  sessionEnded?: string | null;
}

/** Before the mock backend answers: the badge says « démo », nothing more is known yet. */
export function startupMockStatus(enabled: boolean): MockStatus {
  return { enabled, scenarios: [], unknownScenarios: [] };
}

export const MockStatusContext = createContext<MockStatus>(startupMockStatus(false));

export function useMockStatus(): MockStatus {
  return useContext(MockStatusContext);
}
