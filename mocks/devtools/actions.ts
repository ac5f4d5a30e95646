import { mockServer } from '../server/client';
import type { ServerStatus } from '../server/protocol';
import type { SentEmail } from '../server-state';
import { LATENCY_KEY } from './latency-key';

/**
 * The toolbar's controls, sent to the mock server that every tab of the browser shares. The
 * latency is also kept by the browser, so a server started afresh (new data) keeps it.
 */
export function setLatency(ms: number): Promise<ServerStatus> {
  localStorage.setItem(LATENCY_KEY, String(ms));
  return mockServer().control({ action: 'latency', ms });
}

export async function logInAsFromToolbar(identifiant: string): Promise<void> {
  await mockServer().control({ action: 'log-in-as', identifiant });
  window.location.assign('/tableau-de-bord');
}

/** Back to the demo data; whoever was logged in stays so if their account still exists. */
export async function resetData(): Promise<void> {
  await mockServer().control({ action: 'reset' });
  window.location.reload();
}

/** Returns the i18n key of what happened. */
export function simulateDisputeEvent(event: 'ouverture' | 'miseAJour'): Promise<string> {
  return mockServer().control({ action: 'simulate', event });
}

export function sentEmails(): Promise<SentEmail[]> {
  return mockServer().control({ action: 'emails' });
}
