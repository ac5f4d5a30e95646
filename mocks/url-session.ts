import { now } from './clock';
import { findAccount } from './http';
import { newToken, saveServerState, serverState } from './server-state';

/**
 * `?en-tant-que=marie.durand` opens the page logged in as a demo account, `?en-tant-que=personne`
 * logged out: « Parcours » links and the screenshot gallery reach any screen in one step.
 */
export function applySessionParam(search: string): void {
  const identifiant = new URLSearchParams(search).get('en-tant-que');
  if (identifiant === null) return;
  const account = identifiant === 'personne' ? undefined : findAccount(identifiant);
  serverState.session = account
    ? { identifiant: account.identifiant, csrfToken: newToken(), lastSeen: now() }
    : null;
  saveServerState();
}
