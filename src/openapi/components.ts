import { z } from 'zod';
import {
  activationRequestSchema,
  activationResponseSchema,
  notificationSettingsResponseSchema,
  notificationSettingsSchema,
} from '@/features/activation/api/contract';
import { loginRequestSchema, sessionSchema, sessionUserSchema } from '@/features/auth/api/contract';
import {
  channelAvailabilitySchema,
  chatClientMessageSchema,
  chatServerMessageSchema,
  supportAvailabilitySchema,
} from '@/features/contact/api/contract';
import { accountSummarySchema, disputesOverviewSchema } from '@/features/dashboard/api/contract';
import {
  identifiantReminderRequestSchema,
  newPasswordRequestSchema,
  passwordResetRequestSchema,
  resetLinkRequestSchema,
  resetLinkSchema,
} from '@/features/recovery/api/contract';
import {
  acceptDisputeRequestSchema,
  auditActionSchema,
  auditChannelSchema,
  auditEntrySchema,
  bulkAcceptRequestSchema,
  bulkAcceptResponseSchema,
  bulkAcceptResultSchema,
  bulkRefusalReasonSchema,
  CONTEST_ACCEPTED_MIME_TYPES,
  CONTEST_MAX_FILE_SIZE,
  CONTEST_MAX_FILES,
  CONTEST_MAX_TOTAL_SIZE,
  contestDisputeFormSchema,
  disputeDetailResponseSchema,
  disputeDocumentSchema,
  disputeExportResponseSchema,
  disputeListResponseSchema,
  disputeNotAnswerableErrorSchema,
  disputeSchema,
  disputeStatusSchema,
  disputeSummarySchema,
  disputeTypeSchema,
  merchantResponseSchema,
  readOnlyReasonSchema,
  timelineEventSchema,
} from '@/features/disputes/api/contract';
import { disputeStatisticsSchema } from '@/features/disputes/api/statistics-contract';
import {
  createAccountRequestSchema,
  etablissementSchema,
  etablissementVerifieSchema,
  gestionFinanciereSchema,
  profilSchema,
  verifyEtablissementRequestSchema,
  verifyGestionFinanciereRequestSchema,
  verifyProfilRequestSchema,
} from '@/features/signup/api/contract';
import { apiErrorBodySchema } from '@/lib/api-error-contract';
import {
  emailSchema,
  firstNameSchema,
  ibanSchema,
  identifiantSchema,
  lastNameSchema,
  merchantNumberSchema,
  passwordSchema,
  phoneSchema,
  siretSchema,
} from '@/lib/validators';

/**
 * The contracts' schemas that get a name in `components/schemas`: a body or a response must be
 * one of them, and wherever one is nested in another it becomes a `$ref`. A description says
 * what JSON Schema cannot (rules checked in code, units).
 */
export const components = z.registry<{ id: string }>();

/** What each named schema is, where JSON Schema cannot say it. */
export const componentDescriptions = new Map<string, string>();

const mebibytes = (bytes: number) => `${bytes / 1024 / 1024} MiB`;

function name(schema: z.core.$ZodType, id: string, description?: string) {
  components.add(schema, { id });
  if (description) componentDescriptions.set(id, description);
}

name(
  apiErrorBodySchema,
  'ApiError',
  'The body of every error answer. `code` says what happened (see each response); `fieldErrors` maps a field of the request to the i18n key of its message.',
);

name(loginRequestSchema, 'LoginRequest', 'Surrounding spaces of the identifiant are ignored.');
name(
  sessionSchema,
  'Session',
  'Who is logged in (`user`, or null for an anonymous session), the anti-CSRF token to send in `X-CSRF-Token`, the server idle limit, and `keepAliveId`: an opaque value, new each time the session starts or is prolonged (login, signup, `POST /session/prolonger`), never on other calls. A tab about to end an idle session compares it with the last one its browser saw: another value means some tab kept the session alive.',
);
name(sessionUserSchema, 'SessionUser');

name(passwordResetRequestSchema, 'PasswordResetRequest');
name(
  resetLinkRequestSchema,
  'ResetLinkRequest',
  '`jeton`: the token of the e-mailed link, sent in a body so that no URL the server logs holds it.',
);
name(resetLinkSchema, 'ResetLink', 'The account the link is for, to greet the user.');
name(
  newPasswordRequestSchema,
  'NewPasswordRequest',
  'The password follows the signup rules and must not contain the identifiant.',
);
name(identifiantReminderRequestSchema, 'IdentifiantReminderRequest');

name(accountSummarySchema, 'AccountSummary', 'The IBAN never leaves the server whole.');
name(
  notificationSettingsSchema,
  'NotificationSettingsRequest',
  'The address is required (and must be valid) when a notification is chosen; an address typed without one must still be valid. Spaces around it are trimmed and its domain lower-cased.',
);
name(notificationSettingsResponseSchema, 'NotificationSettings');
name(activationRequestSchema, 'ActivationRequest', '`conditionsAcceptees` must be true.');
name(
  activationResponseSchema,
  'ActivationResponse',
  '`dejaActive`: the account had already subscribed and nothing was changed (the call is idempotent).',
);
name(disputesOverviewSchema, 'DisputesOverview');

name(disputeTypeSchema, 'DisputeType');
name(disputeStatusSchema, 'DisputeStatus');
name(
  disputeSummarySchema,
  'DisputeSummary',
  'Amounts are integer cents of euro; dates are Paris days (YYYY-MM-DD).',
);
name(disputeSchema, 'Dispute', 'Amounts are integer cents of euro; dates are Paris days.');
name(timelineEventSchema, 'TimelineEvent');
name(disputeDocumentSchema, 'DisputeDocument', '`taille` is in bytes.');
name(merchantResponseSchema, 'MerchantResponse');
name(
  disputeListResponseSchema,
  'DisputeListResponse',
  '`total`: rows of the requested tab under the filters; `counts`: every tab under the same filters; `aujourdhui`: the server Paris day, from which days left are counted.',
);
name(disputeExportResponseSchema, 'DisputeExportResponse');
name(
  auditActionSchema,
  'AuditAction',
  '`consultation`: the case was read; `brouillon-enregistre`: a contest draft was saved; `acceptation`, `contestation`: the answer; `document-ajoute`: a supporting document (its name in `document`).',
);
name(
  auditChannelSchema,
  'AuditChannel',
  '`web`: from this space, one case; `bulk`: one answer given to many cases at once.',
);
name(
  auditEntrySchema,
  'AuditEntry',
  'One line of a case’s journal, written by the server at its clock; `auteur.nom` is the account’s name when it acted.',
);
name(
  disputeDetailResponseSchema,
  'DisputeDetailResponse',
  '`audit`: the case’s journal, oldest first.',
);
name(acceptDisputeRequestSchema, 'AcceptDisputeRequest');
name(
  contestDisputeFormSchema,
  'ContestDisputeForm',
  `multipart/form-data parts. At most ${CONTEST_MAX_FILES} files of ${mebibytes(CONTEST_MAX_FILE_SIZE)} each and ${mebibytes(CONTEST_MAX_TOTAL_SIZE)} together, of the types ${CONTEST_ACCEPTED_MIME_TYPES.join(', ')}; the server checks what each file holds (its magic bytes), never its name or declared type.`,
);
name(
  disputeStatisticsSchema,
  'DisputeStatistics',
  'The cases opened from `du` (the 1st of the first month of the period) to `au` (the server Paris day), in their state today. Amounts are integer cents of euro: `perdu` adds the cases lost, accepted and expired. `tauxReussite` is `gagnes / (gagnes + perdus)`, null while none is decided. `motifs`: at most 5, most frequent first, ties by code. `parMois`: every month of the period, oldest first.',
);
name(readOnlyReasonSchema, 'ReadOnlyReason');
name(disputeNotAnswerableErrorSchema, 'DisputeNotAnswerableError');
name(bulkAcceptRequestSchema, 'BulkAcceptRequest', 'From 1 to 100 different case numbers.');
name(
  bulkRefusalReasonSchema,
  'BulkRefusalReason',
  'Why a case was not accepted: not a case of this merchant, already accepted, or no answer taken any more (the reasons of `ReadOnlyReason`).',
);
name(bulkAcceptResultSchema, 'BulkAcceptResult');
name(
  bulkAcceptResponseSchema,
  'BulkAcceptResponse',
  'One result per requested case, in the request’s order.',
);

name(etablissementSchema, 'Etablissement');
name(
  profilSchema,
  'Profil',
  'The password must not contain the identifiant (compared without case, from 3 characters).',
);
name(
  gestionFinanciereSchema,
  'GestionFinanciere',
  '`conditionsAcceptees` must be true. Without `gestionLitiges`, notifications are ignored (both off); `autreEmail`, when not blank, must be a valid address, else the profile address is used.',
);
name(verifyEtablissementRequestSchema, 'VerifyEtablissementRequest');
name(verifyProfilRequestSchema, 'VerifyProfilRequest');
name(verifyGestionFinanciereRequestSchema, 'VerifyGestionFinanciereRequest');
name(
  createAccountRequestSchema,
  'CreateAccountRequest',
  '`demandeId` is the signup draft: the same id sent again returns the account it created, logged in, instead of a second account.',
);
name(etablissementVerifieSchema, 'EtablissementVerifie');

name(merchantNumberSchema, 'MerchantNumber', '10 digits; spaces are ignored.');
name(
  siretSchema,
  'Siret',
  "14 digits with a valid Luhn key (La Poste's establishments: digit sum divisible by 5); spaces are ignored.",
);
name(
  ibanSchema,
  'Iban',
  'A French IBAN: FR, 27 characters, valid check digits (ISO 13616); spaces and letter case are ignored.',
);
name(
  identifiantSchema,
  'Identifiant',
  '6 to 32 characters among A-Z a-z 0-9 . _ - ; surrounding spaces are trimmed.',
);
name(
  passwordSchema,
  'Password',
  '12 to 128 characters counted as the user sees them (code points), any character; refused when it is a common password.',
);
name(
  emailSchema,
  'Email',
  'A valid e-mail address of at most 254 characters; trimmed, domain lower-cased.',
);
name(
  firstNameSchema,
  'FirstName',
  "1 to 50 letters, spaces, apostrophes (' or ’) and hyphens, at least one letter; spaces collapsed.",
);
name(
  lastNameSchema,
  'LastName',
  "1 to 50 letters, spaces, apostrophes (' or ’) and hyphens, at least one letter; spaces collapsed.",
);
name(
  phoneSchema,
  'Phone',
  'Optional. A French number (01-05, 06-07, 09) in any usual form (+33, 0033, spaces, dots); blank means none.',
);

name(supportAvailabilitySchema, 'SupportAvailability');
name(channelAvailabilitySchema, 'ChannelAvailability');
name(
  chatClientMessageSchema,
  'ChatClientMessage',
  'Client to server, over the chat WebSocket. `id` is chosen by the client: a message sent again after a reconnection is acknowledged again but answered once.',
);
name(chatServerMessageSchema, 'ChatServerMessage', 'Server to client, over the chat WebSocket.');
