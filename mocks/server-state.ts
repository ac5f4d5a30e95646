import { now } from './clock';
import type { ThrottleTable } from './throttle';

/** What a real backend keeps beside its database: the session (behind its cookie), throttling. */
export interface MockSession {
  identifiant: string | null;
  csrfToken: string;
  lastSeen: number;
  /** New at each start and prolongation (`keepAliveId` of the session answer). */
  keepAliveId: string;
}

export interface ServerState {
  session: MockSession | null;
  loginFailures: ThrottleTable;
  /** « Mot de passe oublié » and « Identifiant oublié » requests, by what was typed. */
  recoveryRequests: ThrottleTable;
  /** Password reset links, by the SHA-256 of their token: the token itself is never kept. */
  passwordResetLinks: Record<string, PasswordResetLink>;
  /** Set by the `session-expiree` scenario: the next authenticated call answers 401. */
  expireNextCall: boolean;
  /** What the backend would have e-mailed, newest first (designers' « E-mails envoyés »). */
  emails: SentEmail[];
  /** The answers kept for their `Idempotency-Key`, oldest first (`mocks/idempotency.ts`). */
  idempotency: KeptAnswer[];
  /** What the deadline reminders job has done (`mocks/reminders.ts`). */
  reminders: RemindersState;
}

export interface RemindersState {
  /**
   * The Paris day the job last ran for; null until it first runs, which only starts counting:
   * reminders due on or before that day were the business of earlier days.
   */
  day: string | null;
  /** By case number: the nearest reminder sent (days before the deadline) and that deadline. */
  sent: Record<string, { joursAvant: number; echeance: string }>;
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

export interface PasswordResetLink {
  identifiant: string;
  expiresAt: number;
  usedAt: number | null;
}

export interface SentEmail {
  id: string;
  kind:
    | 'compte-cree'
    | 'litiges-actives'
    | 'litige-ouvert'
    | 'litige-mis-a-jour'
    | 'mot-de-passe-lien'
    | 'mot-de-passe-modifie'
    | 'identifiant-rappel'
    | 'rappel-echeance';
  to: string;
  subject: string;
  body: string;
  sentAt: string;
}

function initialState(): ServerState {
  return {
    session: null,
    loginFailures: {},
    recoveryRequests: {},
    passwordResetLinks: {},
    expireNextCall: false,
    emails: [],
    idempotency: [],
    reminders: { day: null, sent: {} },
  };
}

export let serverState: ServerState = initialState();

export function restoreServerState(stored: Partial<ServerState>): void {
  serverState = { ...initialState(), ...stored };
  // A session kept by an earlier version of the mock has no keep-alive id yet.
  const session = serverState.session as Partial<MockSession> | null;
  if (session && typeof session.keepAliveId !== 'string') session.keepAliveId = newToken();
}

export function resetServerState(): void {
  serverState = initialState();
}

/**
 * A new session, anonymous (`null`) or for an account, with a new anti-CSRF token: a token seen
 * before a login cannot ride the session that follows it.
 */
export function startSession(identifiant: string | null): MockSession {
  serverState.session = {
    identifiant,
    csrfToken: newToken(),
    lastSeen: now(),
    keepAliveId: newToken(),
  };
  return serverState.session;
}

export function newToken(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
