import { HttpResponse } from 'msw';
import {
  identifiantReminderRequestSchema,
  newPasswordRequestSchema,
  passwordResetRequestSchema,
  RECOVERY_ERROR_CODES,
  resetLinkRequestSchema,
} from '@/features/recovery/api/contract';
import { paths } from '@/lib/paths';
import { passwordContainsIdentifiant } from '@/lib/validators/password';
import { now } from '../clock';
import { db } from '../db';
import { emailIdentifiantReminder, emailPasswordChanged, emailPasswordResetLink } from '../emails';
import { endpoint, errorResponse, findAccount } from '../http';
import {
  checkResetLink,
  keepResetLink,
  newResetToken,
  spendResetLink,
  type ResetLinkCheck,
} from '../password-reset-links';
import { mailServerDown, scenarioResetLinkAgeMs } from '../scenarios/active';
import { serverState, startSession } from '../server-state';
import { countAttempt, throttleEntry } from '../throttle';

/**
 * « Mot de passe oublié ? » and « Identifiant oublié ? ». A request answers 204 whether an account
 * matches or not, after the same work, and is throttled on what was typed like the login.
 */

const accepted = () => new HttpResponse(null, { status: 204 });

function tooManyRequests(lockedUntil: number) {
  return errorResponse(429, RECOVERY_ERROR_CODES.tooManyRequests, {
    lockedUntil: new Date(lockedUntil).toISOString(),
  });
}

/**
 * Refuses before anything is looked up: a locked key, or a mail server that is down (for every
 * request alike, so its failure says nothing about which accounts exist). Otherwise counts it.
 */
function refuseRequest(throttleKey: string): Response | null {
  const entry = throttleEntry(serverState.recoveryRequests, throttleKey);
  if (entry.lockedUntil !== null) return tooManyRequests(entry.lockedUntil);
  if (mailServerDown()) {
    return errorResponse(503, RECOVERY_ERROR_CODES.emailFailed);
  }
  countAttempt(entry);
  return null;
}

function deadLink(check: Exclude<ResetLinkCheck, { status: 'valid' }>) {
  switch (check.status) {
    case 'expired':
      return errorResponse(410, RECOVERY_ERROR_CODES.linkExpired);
    case 'used':
      return errorResponse(410, RECOVERY_ERROR_CODES.linkUsed);
    case 'unknown':
      return errorResponse(404, RECOVERY_ERROR_CODES.linkUnknown);
  }
}

/** The app's page at `path`, on the origin the request came from (the e-mail's link). */
const appUrl = (request: Request, path: string) => new URL(path, request.url);

export const recoveryHandlers = [
  endpoint(
    'post',
    '/mot-de-passe/oubli',
    { body: passwordResetRequestSchema },
    async ({ request, body }) => {
      const refused = refuseRequest(`identifiant:${body.identifiant}`);
      if (refused) return refused;
      // Made whether the account exists or not: both answers cost the same.
      const { token, key } = await newResetToken();
      const account = findAccount(body.identifiant);
      if (account) {
        // `lien-expire`: the link is born 30 minutes old, so following it shows the expiry.
        const issuedAt = now() - scenarioResetLinkAgeMs();
        keepResetLink(key, account.identifiant, issuedAt);
        const link = appUrl(request, paths.passwordNew);
        link.searchParams.set('jeton', token);
        emailPasswordResetLink(account, link.href);
      }
      return accepted();
    },
  ),

  endpoint('post', '/mot-de-passe/lien', { body: resetLinkRequestSchema }, async ({ body }) => {
    const check = await checkResetLink(body.jeton);
    if (check.status !== 'valid') return deadLink(check);
    return HttpResponse.json({ identifiant: check.identifiant });
  }),

  endpoint(
    'post',
    '/mot-de-passe/reinitialisation',
    { body: newPasswordRequestSchema },
    async ({ body }) => {
      const check = await checkResetLink(body.jeton);
      if (check.status !== 'valid') return deadLink(check);
      const account = findAccount(check.identifiant);
      if (!account) return deadLink({ status: 'unknown' });
      if (passwordContainsIdentifiant(body.password, account.identifiant)) {
        return errorResponse(400, 'VALIDATION', {
          fieldErrors: { password: 'validation:password.containsIdentifiant' },
        });
      }
      await spendResetLink(body.jeton);
      await db.accounts.update((q) => q.where({ identifiant: account.identifiant }), {
        data(record) {
          record.password = body.password;
        },
      });
      const identifiant = account.identifiant.toLowerCase();
      // Every session of the account ends (the mock has one, shared by the browser's tabs).
      if (serverState.session?.identifiant?.toLowerCase() === identifiant) startSession(null);
      serverState.loginFailures[identifiant] = { failures: [], lockedUntil: null };
      // A notice, not the change itself: a mail server that is down does not undo it.
      emailPasswordChanged(account);
      return new HttpResponse(null, { status: 204 });
    },
  ),

  endpoint(
    'post',
    '/identifiant/oubli',
    { body: identifiantReminderRequestSchema },
    ({ request, body }) => {
      const refused = refuseRequest(`commercant:${body.numeroCommercant}`);
      if (refused) return refused;
      const email = body.email.toLowerCase();
      const account = db.accounts.findFirst((q) =>
        q.where({
          numeroCommercant: body.numeroCommercant,
          email: (value) => value.toLowerCase() === email,
        }),
      );
      if (account) {
        const establishment = db.establishments.findFirst((q) =>
          q.where({ numeroCommercant: account.numeroCommercant }),
        );
        // To the address the account has on record, which is the one typed: nowhere else.
        emailIdentifiantReminder(
          account,
          establishment?.raisonSociale ?? '',
          appUrl(request, paths.login).href,
        );
      }
      return accepted();
    },
  ),
];
