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
import { newToken, serverState, startSession, type MockSession } from '../server-state';
import { countAttempt, throttleEntry } from '../throttle';

export function sessionBody(session: MockSession, account: AccountRecord | null): Session {
  const establishment = account
    ? db.establishments.findFirst((q) => q.where({ numeroCommercant: account.numeroCommercant }))
    : undefined;
  return {
    csrfToken: session.csrfToken,
    idleTimeoutSeconds: IDLE_TIMEOUT_SECONDS,
    keepAliveId: session.keepAliveId,
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
    // Keyed on the identifiant typed, whether an account has it or not.
    const entry = throttleEntry(serverState.loginFailures, body.identifiant);
    // Locked: refuse before the password is even looked at.
    if (entry.lockedUntil !== null) return lockedResponse(entry.lockedUntil);

    const account = findAccount(body.identifiant);
    if (!account || account.password !== body.password) {
      const lockedUntil = countAttempt(entry);
      if (lockedUntil !== null) return lockedResponse(lockedUntil);
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

  endpoint('post', '/session/prolonger', { auth: true }, ({ session, account }) => {
    const prolonged = session as MockSession;
    prolonged.keepAliveId = newToken();
    return HttpResponse.json(sessionBody(prolonged, account));
  }),
];
