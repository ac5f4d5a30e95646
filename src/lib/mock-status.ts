import { createContext, useContext } from 'react';

/** What the mocking bootstrap tells the UI, without the UI importing the mock backend. */
export interface MockStatus {
  enabled: boolean;
  scenarios: string[];
  unknownScenarios: string[];
}

export const MockStatusContext = createContext<MockStatus>({
  enabled: false,
  scenarios: [],
  unknownScenarios: [],
});

export function useMockStatus(): MockStatus {
  return useContext(MockStatusContext);
}
