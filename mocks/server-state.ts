import { now } from './clock';

/** What a real backend keeps beside its database: the session (behind its cookie), throttling. */
export interface MockSession {
  identifiant: string | null;
  csrfToken: string;
  lastSeen: number;
}

export interface ServerState {
  session: MockSession | null;
  loginFailures: Record<string, { failures: number[]; lockedUntil: number | null }>;
  /** Set by the `session-expiree` scenario: the next authenticated call answers 401. */
  expireNextCall: boolean;
  /** What the backend would have e-mailed, newest first (designers' « E-mails envoyés »). */
  emails: SentEmail[];
  /** The answers kept for their `Idempotency-Key`, oldest first (`mocks/idempotency.ts`). */
  idempotency: KeptAnswer[];
}

export interface KeptAnswer {
  /** Account, method and path: a key counts for one account on one endpoint. */
  scope: string;
  key: string;
  /** What the request asked (a digest): the same key with another body is refused. */
  fingerprint: string;
  status: number;
  contentType: string | null;
  body: string;
}

export interface SentEmail {
  id: string;
  kind: 'compte-cree' | 'litiges-actives' | 'litige-ouvert' | 'litige-mis-a-jour';
  to: string;
  subject: string;
  body: string;
  sentAt: string;
}

function initialState(): ServerState {
  return { session: null, loginFailures: {}, expireNextCall: false, emails: [], idempotency: [] };
}

export let serverState: ServerState = initialState();

export function restoreServerState(stored: Partial<ServerState>): void {
  serverState = { ...initialState(), ...stored };
}

export function resetServerState(): void {
  serverState = initialState();
}

/**
 * A new session, anonymous (`null`) or for an account, with a new anti-CSRF token: a token seen
 * before a login cannot ride the session that follows it.
 */
export function startSession(identifiant: string | null): MockSession {
  serverState.session = { identifiant, csrfToken: newToken(), lastSeen: now() };
  return serverState.session;
}

export function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
