import { HttpResponse } from 'msw';
import { LOGIN_ERROR_CODES, loginRequestSchema, type Session } from '@/features/auth/api/contract';
import { now } from '../clock';
import { db } from '../db';
import {
  currentSession,
  endpoint,
  errorResponse,
  findAccount,
  IDLE_TIMEOUT_SECONDS,
} from '../http';
import { requestLanguage } from '../lib/request-language';
import type { AccountRecord } from '../records';
import { serverState, startSession, type MockSession } from '../server-state';

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;

export function sessionBody(session: MockSession, account: AccountRecord | null): Session {
  const establishment = account
    ? db.establishments.findFirst((q) => q.where({ numeroCommercant: account.numeroCommercant }))
    : undefined;
  return {
    csrfToken: session.csrfToken,
    idleTimeoutSeconds: IDLE_TIMEOUT_SECONDS,
    user: account
      ? {
          identifiant: account.identifiant,
          prenom: account.prenom,
          nom: account.nom,
          email: account.email,
          gestionLitiges: account.gestionLitiges,
          etablissement: {
            raisonSociale: establishment?.raisonSociale ?? '',
            numeroCommercant: account.numeroCommercant,
          },
        }
      : null,
  };
}

/** Throttling is keyed on the identifiant typed, whether an account has it or not. */
function throttleEntry(identifiant: string) {
  const key = identifiant.toLowerCase();
  const entry = (serverState.loginFailures[key] ??= { failures: [], lockedUntil: null });
  entry.failures = entry.failures.filter((time) => now() - time < WINDOW_MS);
  if (entry.lockedUntil !== null && entry.lockedUntil <= now()) entry.lockedUntil = null;
  return entry;
}

function lockedResponse(lockedUntil: number) {
  return errorResponse(429, LOGIN_ERROR_CODES.locked, {
    lockedUntil: new Date(lockedUntil).toISOString(),
  });
}

export const sessionHandlers = [
  endpoint('get', '/session', {}, () => {
    const session = currentSession() ?? startSession(null);
    const account = session.identifiant ? (findAccount(session.identifiant) ?? null) : null;
    if (account) session.lastSeen = now();
    return HttpResponse.json(sessionBody(session, account));
  }),

  endpoint('post', '/session', { body: loginRequestSchema }, async ({ body, request }) => {
    const entry = throttleEntry(body.identifiant);
    // Locked: refuse before the password is even looked at.
    if (entry.lockedUntil !== null) return lockedResponse(entry.lockedUntil);

    const account = findAccount(body.identifiant);
    if (!account || account.password !== body.password) {
      entry.failures.push(now());
      if (entry.failures.length >= MAX_FAILURES) {
        entry.lockedUntil = now() + WINDOW_MS;
        entry.failures = [];
        return lockedResponse(entry.lockedUntil);
      }
      return errorResponse(401, LOGIN_ERROR_CODES.invalidCredentials);
    }

    entry.failures = [];
    entry.lockedUntil = null;
    // The account's e-mails follow the language the merchant last logged in with.
    const langue = requestLanguage(request);
    if (account.langue !== langue) {
      await db.accounts.update((q) => q.where({ identifiant: account.identifiant }), {
        data(record) {
          record.langue = langue;
        },
      });
    }
    const session = startSession(account.identifiant);
    return HttpResponse.json(sessionBody(session, account));
  }),

  endpoint('delete', '/session', {}, () => {
    serverState.session = null;
    return new HttpResponse(null, { status: 204 });
  }),

  endpoint('post', '/session/prolonger', { auth: true }, ({ session, account }) =>
    HttpResponse.json(sessionBody(session as MockSession, account)),
  ),
];
