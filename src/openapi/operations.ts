import { z } from 'zod';
import { API_ERROR_CODES } from '@/lib/api-error-contract';
import {
  activationRequestSchema,
  activationResponseSchema,
  notificationSettingsResponseSchema,
  notificationSettingsSchema,
} from '@/features/activation/api/contract';
import { LOGIN_ERROR_CODES, loginRequestSchema, sessionSchema } from '@/features/auth/api/contract';
import {
  chatClientMessageSchema,
  chatConnectionParamsSchema,
  chatServerMessageSchema,
  supportAvailabilitySchema,
} from '@/features/contact/api/contract';
import { accountSummarySchema, disputesOverviewSchema } from '@/features/dashboard/api/contract';
import {
  DISPUTES_ERROR_CODES,
  acceptDisputeRequestSchema,
  bulkAcceptRequestSchema,
  bulkAcceptResponseSchema,
  caseNumberSchema,
  contestDisputeFormSchema,
  disputeDetailResponseSchema,
  disputeExportResponseSchema,
  disputeListResponseSchema,
  disputeNotAnswerableErrorSchema,
} from '@/features/disputes/api/contract';
import { disputeListQuerySchema } from '@/features/disputes/api/list-query';
import {
  disputeStatisticsSchema,
  statisticsQuerySchema,
} from '@/features/disputes/api/statistics-contract';
import {
  RECOVERY_ERROR_CODES,
  identifiantReminderRequestSchema,
  newPasswordRequestSchema,
  passwordResetRequestSchema,
  resetLinkRequestSchema,
  resetLinkSchema,
} from '@/features/recovery/api/contract';
import {
  SIGNUP_ERROR_CODES,
  createAccountRequestSchema,
  createAccountResponseSchema,
  etablissementVerifieSchema,
  verifyEtablissementRequestSchema,
  verifyGestionFinanciereRequestSchema,
  verifyProfilRequestSchema,
} from '@/features/signup/api/contract';

/*
 * Every endpoint of the API, as the client calls it and the mock answers it. The schemas are the
 * contracts' own; what is written here is what no schema says: the path, who may call, and which
 * error codes each endpoint answers beyond the ones the document adds by rule (VALIDATION when
 * there is a body or a query, CSRF on every write, SESSION_EXPIREE when a logged-in session is
 * needed, ERREUR_SERVEUR everywhere).
 */

type Schema = z.core.$ZodType;

export type Tag = 'session' | 'recuperation' | 'compte' | 'litiges' | 'inscription' | 'contact';

export interface ErrorCase {
  status: number;
  code: string;
  /** When the server answers it. */
  when: string;
  /** The body, when it carries more than the shared error fields. */
  schema?: Schema;
}

interface Answer {
  status: 200 | 201 | 204;
  description: string;
  schema?: Schema;
}

/** A WebSocket: the HTTP upgrade, then JSON messages each way. */
interface Upgrade {
  status: 101;
  description: string;
  clientMessages: Schema;
  serverMessages: Schema;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Below the API base; path parameters in braces, as in OpenAPI. */
  path: string;
  id: string;
  tag: Tag;
  summary: string;
  description?: string;
  /**
   * `user`: a logged-in session, else 401 SESSION_EXPIREE. `visitor`: any session, an anonymous
   * one too (its anti-CSRF token is what a write needs). `public`: no session needed.
   */
  access: 'user' | 'visitor' | 'public';
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: Schema;
  /** The body is `multipart/form-data` (the contest's files) instead of JSON. */
  multipart?: boolean;
  /** The client sends an `Idempotency-Key`; the server answers a repeated key with its first answer. */
  idempotencyKey?: boolean;
  answer: Answer | Upgrade;
  errors?: readonly ErrorCase[];
}

const caseParams = z.object({ numero: caseNumberSchema });

const notSubscribed = (what: string): ErrorCase => ({
  status: 403,
  code: API_ERROR_CODES.notSubscribed,
  when: `The account has not subscribed to « Gestion des litiges »: ${what}.`,
});

const caseNotFound: ErrorCase = {
  status: 404,
  code: DISPUTES_ERROR_CODES.notFound,
  when: 'No case of this merchant has this number (a case of another merchant answers the same).',
};

const notAnswerable: ErrorCase = {
  status: 409,
  code: DISPUTES_ERROR_CODES.notAnswerable,
  when: 'The case takes no answer any more: closed, under review, or past its response deadline (`reason`).',
  schema: disputeNotAnswerableErrorSchema,
};

const idempotencyKeyReused: ErrorCase = {
  status: 422,
  code: API_ERROR_CODES.idempotencyKeyReused,
  when: 'This `Idempotency-Key` was already used on this endpoint, by this account, with another body. Nothing is done.',
};

const unknownEstablishment: ErrorCase = {
  status: 422,
  code: SIGNUP_ERROR_CODES.unknownEstablishment,
  when: 'No establishment of the network has these three numbers together (the answer does not say which one is wrong).',
};

const alreadyRegistered: ErrorCase = {
  status: 409,
  code: SIGNUP_ERROR_CODES.alreadyRegistered,
  when: 'The establishment already has an online account.',
};

const identifiantTaken: ErrorCase = {
  status: 409,
  code: SIGNUP_ERROR_CODES.identifiantTaken,
  when: 'An account already has this identifiant; `fieldErrors` holds `profil.identifiant`.',
};

const tooManyRecoveryRequests = (what: string): ErrorCase => ({
  status: 429,
  code: RECOVERY_ERROR_CODES.tooManyRequests,
  when: `5 requests for the same ${what} (existing or not) within 15 minutes: held for 15 minutes, until \`lockedUntil\`.`,
});

const emailFailed: ErrorCase = {
  status: 503,
  code: RECOVERY_ERROR_CODES.emailFailed,
  when: 'The mail server refused: nothing was sent, whether an account matched or not.',
};

const deadResetLink: readonly ErrorCase[] = [
  {
    status: 404,
    code: RECOVERY_ERROR_CODES.linkUnknown,
    when: 'No link has this token (mistyped, cut, or from another server).',
  },
  {
    status: 410,
    code: RECOVERY_ERROR_CODES.linkUsed,
    when: 'The link has already changed a password (a link works once; a new one spends the others).',
  },
  {
    status: 410,
    code: RECOVERY_ERROR_CODES.linkExpired,
    when: 'The link is older than 30 minutes.',
  },
];

const recoveryOperations: readonly Operation[] = [
  {
    method: 'post',
    path: '/mot-de-passe/oubli',
    id: 'requestPasswordReset',
    tag: 'recuperation',
    summary: '« Mot de passe oublié » : e-mail a single-use link',
    description:
      'Same answer, in the same time, whether the identifiant exists or not. When it does, the server e-mails a link to `/mot-de-passe/nouveau?jeton=…`, valid 30 minutes and once; it keeps only a hash of the token and never logs it.',
    access: 'visitor',
    body: passwordResetRequestSchema,
    answer: { status: 204, description: 'Accepted (an e-mail was sent if an account matched).' },
    errors: [tooManyRecoveryRequests('identifiant'), emailFailed],
  },
  {
    method: 'post',
    path: '/mot-de-passe/lien',
    id: 'checkPasswordResetLink',
    tag: 'recuperation',
    summary: 'Check a reset link before asking for the new password',
    description: 'The token is sent in the body, never in a URL the server would log.',
    access: 'visitor',
    body: resetLinkRequestSchema,
    answer: {
      status: 200,
      description: 'The link is valid, for this account.',
      schema: resetLinkSchema,
    },
    errors: deadResetLink,
  },
  {
    method: 'post',
    path: '/mot-de-passe/reinitialisation',
    id: 'resetPassword',
    tag: 'recuperation',
    summary: 'Set the new password with a reset link',
    description:
      'Spends the link, ends every session of the account, clears its login lockout and e-mails a confirmation. The password follows the signup rules (`fieldErrors.password`).',
    access: 'visitor',
    body: newPasswordRequestSchema,
    answer: { status: 204, description: 'Password changed; the user logs in again.' },
    errors: deadResetLink,
  },
  {
    method: 'post',
    path: '/identifiant/oubli',
    id: 'requestIdentifiantReminder',
    tag: 'recuperation',
    summary: '« Identifiant oublié » : e-mail the identifiant to the address on record',
    description:
      'Same answer whether the numéro de commerçant and e-mail match an account or not; the identifiant is only ever sent to the address the account has on record.',
    access: 'visitor',
    body: identifiantReminderRequestSchema,
    answer: { status: 204, description: 'Accepted (an e-mail was sent if an account matched).' },
    errors: [tooManyRecoveryRequests('numéro de commerçant'), emailFailed],
  },
];

export const operations: readonly Operation[] = [
  {
    method: 'get',
    path: '/session',
    id: 'getSession',
    tag: 'session',
    summary: 'Who is logged in, and the anti-CSRF token',
    description:
      'Called when the app starts. Without a session cookie, the server starts an anonymous session (and sets its cookie): its token is what login and signup send. Never answers 401: `user` is null instead.',
    access: 'public',
    answer: { status: 200, description: 'The session.', schema: sessionSchema },
  },
  {
    method: 'post',
    path: '/session',
    id: 'logIn',
    tag: 'session',
    summary: 'Log in',
    description:
      'On success the server starts a new session (new session id in the cookie, new anti-CSRF token): nothing of the anonymous session carries over.',
    access: 'visitor',
    body: loginRequestSchema,
    answer: { status: 200, description: 'The new, logged-in session.', schema: sessionSchema },
    errors: [
      {
        status: 401,
        code: LOGIN_ERROR_CODES.invalidCredentials,
        when: 'Unknown identifiant or wrong password: one answer for both.',
      },
      {
        status: 429,
        code: LOGIN_ERROR_CODES.locked,
        when: 'The identifiant (existing or not) failed 5 times within 15 minutes: locked for 15 minutes, until `lockedUntil`, before its password is even looked at. The 5th failure already answers this.',
      },
    ],
  },
  {
    method: 'delete',
    path: '/session',
    id: 'logOut',
    tag: 'session',
    summary: 'Log out',
    description:
      'Ends the session on the server; the cookie is cleared. Answers 204 whether a user was logged in or not.',
    access: 'visitor',
    answer: { status: 204, description: 'Logged out.' },
  },
  {
    method: 'post',
    path: '/session/prolonger',
    id: 'keepSessionAlive',
    tag: 'session',
    summary: 'Stay logged in',
    description:
      '« Prolonger la session », and the client ping after local activity (at most every 5 minutes). Any authenticated call resets the idle clock; this one does nothing else.',
    access: 'user',
    answer: { status: 200, description: 'The session.', schema: sessionSchema },
  },
  {
    method: 'get',
    path: '/contact/disponibilite',
    id: 'getSupportAvailability',
    tag: 'contact',
    summary: 'Chat and phone hours, and whether each is open now',
    description:
      'Public (the contact page shows it to visitors). Computed in Europe/Paris time, French public holidays closed. The client asks again every minute.',
    access: 'public',
    answer: { status: 200, description: 'The availability.', schema: supportAvailabilitySchema },
  },
  {
    method: 'get',
    path: '/chat',
    id: 'openChat',
    tag: 'contact',
    summary: 'Live chat (WebSocket)',
    description:
      'A WebSocket (`wss://` beside an `https://` API): the session cookie authenticates the upgrade and the server checks `Origin`. Then JSON text messages each way. Outside the hours the server sends `ferme` and closes (1000); without a logged-in session it sends `erreur` `SESSION_EXPIREE` and closes (1008); the client then stops retrying. Any other close makes the client reconnect with back-off (1 s doubling to 30 s), with the same `conversation`.',
    access: 'user',
    query: chatConnectionParamsSchema,
    answer: {
      status: 101,
      description: 'Switching to the WebSocket protocol.',
      clientMessages: chatClientMessageSchema,
      serverMessages: chatServerMessageSchema,
    },
  },
  {
    method: 'get',
    path: '/compte',
    id: 'getAccountSummary',
    tag: 'compte',
    summary: 'The account summary page',
    access: 'user',
    answer: { status: 200, description: 'The account.', schema: accountSummarySchema },
  },
  {
    method: 'post',
    path: '/compte/gestion-litiges',
    id: 'activateDisputeManagement',
    tag: 'compte',
    summary: 'Subscribe to « Gestion des litiges »',
    description:
      'From then on dispute notices are online only (no more post). Idempotent: an account already subscribed gets `dejaActive: true` and nothing changes. The server e-mails a confirmation.',
    access: 'user',
    body: activationRequestSchema,
    answer: { status: 200, description: 'Subscribed.', schema: activationResponseSchema },
  },
  {
    method: 'get',
    path: '/compte/notifications',
    id: 'getNotificationSettings',
    tag: 'compte',
    summary: 'E-mail notifications of disputes',
    access: 'user',
    answer: {
      status: 200,
      description: 'The settings.',
      schema: notificationSettingsResponseSchema,
    },
    errors: [
      {
        status: 403,
        code: API_ERROR_CODES.notSubscribed,
        when: 'The account has not subscribed to « Gestion des litiges »: it has no notifications.',
      },
    ],
  },
  {
    method: 'put',
    path: '/compte/notifications',
    id: 'updateNotificationSettings',
    tag: 'compte',
    summary: 'Change the e-mail notifications of disputes',
    description:
      'The whole settings. With `rappels`, the server e-mails « Rappel : réponse attendue avant le … » for each case still to answer, 5 days and 1 day before its deadline (Paris days), each once; a day skipped (server down) sends only the latest one due. The address is `email` (the account’s when empty).',
    access: 'user',
    body: notificationSettingsSchema,
    answer: {
      status: 200,
      description: 'The settings as stored.',
      schema: notificationSettingsResponseSchema,
    },
    errors: [
      {
        status: 403,
        code: API_ERROR_CODES.notSubscribed,
        when: 'The account has not subscribed to « Gestion des litiges »: it has no notifications.',
      },
    ],
  },
  {
    method: 'get',
    path: '/litiges/synthese',
    id: 'getDisputesOverview',
    tag: 'litiges',
    summary: 'Dispute counts for the account summary page',
    access: 'user',
    answer: { status: 200, description: 'The counts.', schema: disputesOverviewSchema },
    errors: [
      {
        status: 403,
        code: API_ERROR_CODES.notSubscribed,
        when: 'The account has not subscribed to « Gestion des litiges ».',
      },
    ],
  },
  {
    method: 'get',
    path: '/litiges',
    id: 'listDisputes',
    tag: 'litiges',
    summary: 'One page of the disputes of a tab, filtered and sorted by the server',
    description:
      'An empty parameter (`type=`) means not set. The case number breaks ties of every sort, so pages never overlap.',
    access: 'user',
    query: disputeListQuerySchema,
    answer: { status: 200, description: 'The page.', schema: disputeListResponseSchema },
    errors: [notSubscribed('no dispute to list')],
  },
  {
    method: 'get',
    path: '/litiges/export',
    id: 'exportDisputes',
    tag: 'litiges',
    summary: 'Every dispute of the view, for « Exporter (CSV) »',
    description:
      'The list query (tab, filters, sort) without paging: `page` and `pageSize` are checked but every matching row is answered. The client writes the CSV.',
    access: 'user',
    query: disputeListQuerySchema,
    answer: { status: 200, description: 'The rows.', schema: disputeExportResponseSchema },
    errors: [notSubscribed('no dispute to export')],
  },
  {
    method: 'get',
    path: '/litiges/statistiques',
    id: 'getDisputeStatistics',
    tag: 'litiges',
    summary: 'Dispute figures of the last 3, 6 or 12 months, for « Statistiques »',
    description:
      'Computed by the server over the cases opened in the period, counted in Paris days: the current month and the months before it (`periode=6` on 26 November: 1 June to 26 November).',
    access: 'user',
    query: statisticsQuerySchema,
    answer: { status: 200, description: 'The figures.', schema: disputeStatisticsSchema },
    errors: [notSubscribed('no statistics')],
  },
  {
    method: 'get',
    path: '/litiges/{numero}',
    id: 'getDispute',
    tag: 'litiges',
    summary: 'One case',
    access: 'user',
    pathParams: caseParams,
    description:
      'Reading a case is journaled (`audit`, action `consultation`): once per person, channel and case within 5 minutes, so a refetch is not a new entry.',
    answer: {
      status: 200,
      description: 'The case, with its journal.',
      schema: disputeDetailResponseSchema,
    },
    errors: [notSubscribed('no case to show'), caseNotFound],
  },
  {
    method: 'post',
    path: '/litiges/{numero}/brouillon',
    id: 'recordContestDraft',
    tag: 'litiges',
    summary: 'Journal that a contest draft was saved',
    description:
      'The draft itself stays on the merchant’s device: nothing of it is sent. The client calls this at the first change of a visit to the contest form; the case’s journal gets a `brouillon-enregistre` entry, once per person and case within 5 minutes.',
    access: 'user',
    pathParams: caseParams,
    answer: { status: 204, description: 'Journaled.' },
    errors: [notSubscribed('no case to answer'), caseNotFound, notAnswerable],
  },
  {
    method: 'post',
    path: '/litiges/{numero}/acceptation',
    id: 'acceptDispute',
    tag: 'litiges',
    summary: 'Accept a dispute',
    description:
      'The case becomes `accepte`: a chargeback debit is final, an inquiry refunds the cardholder.',
    access: 'user',
    pathParams: caseParams,
    idempotencyKey: true,
    body: acceptDisputeRequestSchema,
    answer: {
      status: 200,
      description: 'The case as answered.',
      schema: disputeDetailResponseSchema,
    },
    errors: [notSubscribed('no case to answer'), caseNotFound, notAnswerable, idempotencyKeyReused],
  },
  {
    method: 'post',
    path: '/litiges/acceptations',
    id: 'acceptDisputes',
    tag: 'litiges',
    summary: 'Accept several disputes at once (« Accepter la sélection »)',
    description:
      'From 1 to 100 different case numbers. Each case is accepted as by `acceptDispute`, one after the other; a case that cannot be accepted does not stop the others. The answer gives one result per case, in the request’s order: `acceptee`, or `refusee` with its `raison` (`introuvable`, `deja-accepte`, `clos`, `en-cours-examen`, `delai-depasse`). 200 even when none was accepted. One `Idempotency-Key` covers the whole request.',
    access: 'user',
    idempotencyKey: true,
    body: bulkAcceptRequestSchema,
    answer: {
      status: 200,
      description: 'One result per requested case.',
      schema: bulkAcceptResponseSchema,
    },
    errors: [notSubscribed('no case to answer'), idempotencyKeyReused],
  },
  {
    method: 'post',
    path: '/litiges/{numero}/contestation',
    id: 'contestDispute',
    tag: 'litiges',
    summary: 'Contest a dispute, with supporting documents',
    description:
      'The case becomes `en-cours-examen`. A file refused by its size, type or name answers VALIDATION with `fieldErrors` keyed `documents.<index>.<field>` (or `documents` for the count and the total).',
    access: 'user',
    pathParams: caseParams,
    idempotencyKey: true,
    body: contestDisputeFormSchema,
    multipart: true,
    answer: {
      status: 200,
      description: 'The case as answered.',
      schema: disputeDetailResponseSchema,
    },
    errors: [notSubscribed('no case to answer'), caseNotFound, notAnswerable, idempotencyKeyReused],
  },
  {
    method: 'post',
    path: '/inscription/etablissement',
    id: 'verifyEtablissement',
    tag: 'inscription',
    summary: 'Signup step 1: the establishment',
    access: 'visitor',
    body: verifyEtablissementRequestSchema,
    answer: {
      status: 200,
      description: 'The establishment the network knows by these numbers.',
      schema: etablissementVerifieSchema,
    },
    errors: [unknownEstablishment, alreadyRegistered],
  },
  {
    method: 'post',
    path: '/inscription/profil',
    id: 'verifyProfil',
    tag: 'inscription',
    summary: 'Signup step 2: the profile, with step 1 checked again',
    access: 'visitor',
    body: verifyProfilRequestSchema,
    answer: { status: 204, description: 'Both steps pass.' },
    errors: [unknownEstablishment, alreadyRegistered, identifiantTaken],
  },
  {
    method: 'post',
    path: '/inscription/gestion-financiere',
    id: 'verifyGestionFinanciere',
    tag: 'inscription',
    summary: 'Signup step 3: financial settings, with steps 1 and 2 checked again',
    access: 'visitor',
    body: verifyGestionFinanciereRequestSchema,
    answer: { status: 204, description: 'The three steps pass.' },
    errors: [unknownEstablishment, alreadyRegistered, identifiantTaken],
  },
  {
    method: 'post',
    path: '/inscription',
    id: 'createAccount',
    tag: 'inscription',
    summary: 'Create the account and log it in',
    description:
      'Every step is checked again. The answer is a new logged-in session (new session id, new anti-CSRF token), as after a login; the server e-mails a confirmation. The same `demandeId` sent again returns the same account, logged in.',
    access: 'visitor',
    body: createAccountRequestSchema,
    answer: {
      status: 201,
      description: 'The account exists and is logged in.',
      schema: createAccountResponseSchema,
    },
    errors: [unknownEstablishment, alreadyRegistered, identifiantTaken],
  },
  ...recoveryOperations,
];
