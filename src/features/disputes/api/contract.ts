import { z } from 'zod';
import { stripBidiControls } from './document-files';

/*
 * The disputes contract: the client parses responses with these schemas, the mock handlers parse
 * requests with the same ones. Domain fields are French (like the auth contract), envelopes English.
 * Amounts are integer cents in EUR; dates are ISO "YYYY-MM-DD", instants ISO date-times.
 */

// ── Domain words ─────────────────────────────────────────────────────────────────────────────

export const disputeTypeSchema = z.enum(['demande-informations', 'action-compensatoire']);
export type DisputeType = z.infer<typeof disputeTypeSchema>;

export const disputeStatusSchema = z.enum([
  'reponse-requise',
  'en-cours-examen',
  'clos-en-votre-faveur',
  'clos-en-faveur-du-titulaire',
  'accepte',
  'expire',
]);
export type DisputeStatus = z.infer<typeof disputeStatusSchema>;

/** Network reason codes look like "C08", "F29", "FR2"; the client does not reject codes it does not know yet. */
export const REASON_CODE_PATTERN = /^[A-Z][A-Z0-9]{2}$/;
export const reasonCodeSchema = z.string().regex(REASON_CODE_PATTERN);

/** "LT-2026-004217": LT, year of opening, six-digit sequence. */
export const CASE_NUMBER_PATTERN = /^LT-\d{4}-\d{6}$/;
export const caseNumberSchema = z.string().regex(CASE_NUMBER_PATTERN);

const isoDateSchema = z.iso.date();
const isoDateTimeSchema = z.iso.datetime({ offset: true });
const centsSchema = z.int().nonnegative();

// ── Timeline, documents, merchant answer ─────────────────────────────────────────────────────

export const timelineEventTypeSchema = z.enum([
  'ouverture',
  'rappel',
  'acceptation',
  'contestation',
  'documents-recus',
  'examen',
  'decision-en-votre-faveur',
  'decision-en-faveur-du-titulaire',
  'expiration',
]);
export type TimelineEventType = z.infer<typeof timelineEventTypeSchema>;

export const timelineEventSchema = z.object({
  type: timelineEventTypeSchema,
  date: isoDateTimeSchema,
  /** Free text from the network, shown as is (the event label itself comes from i18n). */
  detail: z.string().optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const CONTEST_ACCEPTED_MIME_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
] as const;
export const documentMimeTypeSchema = z.enum(CONTEST_ACCEPTED_MIME_TYPES, {
  error: 'disputes:contest.documents.unsupportedType',
});
export type DocumentMimeType = z.infer<typeof documentMimeTypeSchema>;

export const disputeDocumentSchema = z.object({
  id: z.string().min(1),
  // Whatever the server kept, a name never reorders how the page reads.
  nom: z.string().overwrite(stripBidiControls).min(1),
  typeMime: documentMimeTypeSchema,
  /** Bytes. */
  taille: z.int().positive(),
  envoyeLe: isoDateTimeSchema,
});
export type DisputeDocument = z.infer<typeof disputeDocumentSchema>;

export const merchantResponseSchema = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('acceptee'),
    explication: z.string().optional(),
    date: isoDateSchema,
  }),
  z.object({
    decision: z.literal('contestee'),
    explication: z.string().min(1),
    date: isoDateSchema,
  }),
]);
export type MerchantResponse = z.infer<typeof merchantResponseSchema>;

// ── Dispute ──────────────────────────────────────────────────────────────────────────────────

export const disputeSummarySchema = z.object({
  numeroDossier: caseNumberSchema,
  type: disputeTypeSchema,
  statut: disputeStatusSchema,
  motif: reasonCodeSchema,
  montantConteste: centsSchema,
  devise: z.literal('EUR'),
  dateTransaction: isoDateSchema,
  dateOuverture: isoDateSchema,
  dateLimiteReponse: isoDateSchema,
  /** Only the last four digits ever leave the network. */
  derniersChiffresCarte: z.string().regex(/^\d{4}$/),
  referenceTitulaire: z.string().min(1),
});
export type DisputeSummary = z.infer<typeof disputeSummarySchema>;

export const disputeSchema = disputeSummarySchema.extend({
  numeroCommercant: z.string().regex(/^\d{10}$/),
  montantTransaction: centsSchema,
  notesReseau: z.string(),
  historique: z.array(timelineEventSchema),
  documents: z.array(disputeDocumentSchema),
  reponseCommercant: merchantResponseSchema.nullable(),
});
export type Dispute = z.infer<typeof disputeSchema>;

// ── List response ────────────────────────────────────────────────────────────────────────────

export const DISPUTES_PAGE_SIZE = 25;

const countSchema = z.int().nonnegative();

export const disputeListResponseSchema = z.object({
  items: z.array(disputeSummarySchema),
  page: z.int().min(1),
  pageSize: z.literal(DISPUTES_PAGE_SIZE),
  /** Items matching the query in the requested tab. */
  total: countSchema,
  /** Per tab, under the same filters (type, dates, search) as the query. */
  counts: z.object({
    'a-traiter': countSchema,
    'en-cours': countSchema,
    clos: countSchema,
  }),
  /** The server's Paris day: days left are counted from it, whatever the device's clock says. */
  aujourdhui: isoDateSchema,
});
export type DisputeListResponse = z.infer<typeof disputeListResponseSchema>;

/** Every row of the current view (tab, filters, sort), for « Exporter (CSV) ». */
export const disputeExportResponseSchema = z.object({
  items: z.array(disputeSummarySchema),
  aujourdhui: isoDateSchema,
});
export type DisputeExportResponse = z.infer<typeof disputeExportResponseSchema>;

// ── Journal (audit trail) ────────────────────────────────────────────────────────────────────

/** What was done on a case, by whom, when and from where: the server writes it, nobody edits it. */
export const auditActionSchema = z.enum([
  'consultation',
  'brouillon-enregistre',
  'acceptation',
  'contestation',
  'document-ajoute',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** `web`: this space; `bulk`: an answer given to many cases at once. */
export const auditChannelSchema = z.enum(['web', 'bulk']);
export type AuditChannel = z.infer<typeof auditChannelSchema>;

export const auditEntrySchema = z.object({
  action: auditActionSchema,
  /** The server's clock. */
  date: isoDateTimeSchema,
  /** The account that acted, as it was named then. */
  auteur: z.object({ identifiant: z.string().min(1), nom: z.string().min(1) }),
  canal: auditChannelSchema,
  /** The file's name, for `document-ajoute`. */
  document: z.string().overwrite(stripBidiControls).min(1).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** `GET /litiges/:numero`: the case, the server's Paris day and the case's journal, oldest first. */
export const disputeDetailResponseSchema = z.object({
  litige: disputeSchema,
  aujourdhui: isoDateSchema,
  audit: z.array(auditEntrySchema),
});
export type DisputeDetailResponse = z.infer<typeof disputeDetailResponseSchema>;

export const DISPUTES_ERROR_CODES = {
  notFound: 'LITIGE_INTROUVABLE',
  notAnswerable: 'LITIGE_NON_MODIFIABLE',
} as const;

/** Why a case takes no answer any more; the client shows it, the API refuses with it. */
export const readOnlyReasonSchema = z.enum(['clos', 'en-cours-examen', 'delai-depasse']);
export type ReadOnlyReason = z.infer<typeof readOnlyReasonSchema>;

/** 409 on an answer: the case was closed, is under review or is past its deadline meanwhile. */
export const disputeNotAnswerableErrorSchema = z.object({
  code: z.literal(DISPUTES_ERROR_CODES.notAnswerable),
  reason: readOnlyReasonSchema,
});
export type DisputeNotAnswerableError = z.infer<typeof disputeNotAnswerableErrorSchema>;

// ── Answers ──────────────────────────────────────────────────────────────────────────────────

export const EXPLANATION_MIN_LENGTH = 20;
export const EXPLANATION_MAX_LENGTH = 2000;
export const ACCEPT_COMMENT_MAX_LENGTH = 2000;
export const CONTEST_MAX_FILES = 5;
export const CONTEST_MAX_FILE_SIZE = 5 * 1024 * 1024;
export const CONTEST_MAX_TOTAL_SIZE = 25 * 1024 * 1024;
export const DOCUMENT_NAME_MAX_LENGTH = 255;

export const acceptDisputeRequestSchema = z.object({
  commentaire: z
    .string()
    .trim()
    .max(ACCEPT_COMMENT_MAX_LENGTH, 'disputes:accept.comment.tooLong')
    .optional(),
});
export type AcceptDisputeRequest = z.infer<typeof acceptDisputeRequestSchema>;

/** What the client knows of a chosen file before sending it. */
export const contestDocumentSchema = z.object({
  nom: z
    .string()
    .overwrite(stripBidiControls)
    .trim()
    .min(1, 'disputes:contest.documents.nameRequired')
    .max(DOCUMENT_NAME_MAX_LENGTH, 'disputes:contest.documents.nameTooLong'),
  typeMime: documentMimeTypeSchema,
  taille: z
    .int('disputes:contest.documents.invalidSize')
    .positive('disputes:contest.documents.emptyFile')
    .max(CONTEST_MAX_FILE_SIZE, 'disputes:contest.documents.fileTooLarge'),
});
export type ContestDocument = z.infer<typeof contestDocumentSchema>;

export const contestDisputeRequestSchema = z.object({
  explication: z
    .string()
    .trim()
    .min(EXPLANATION_MIN_LENGTH, 'disputes:contest.explanation.tooShort')
    .max(EXPLANATION_MAX_LENGTH, 'disputes:contest.explanation.tooLong'),
  // One check for count and total so both are reported together (a failed .max() would hide the total).
  documents: z.array(contestDocumentSchema).superRefine((documents, ctx) => {
    if (documents.length > CONTEST_MAX_FILES) {
      ctx.addIssue({ code: 'custom', message: 'disputes:contest.documents.tooMany' });
    }
    const total = documents.reduce((sum, document) => sum + document.taille, 0);
    if (total > CONTEST_MAX_TOTAL_SIZE) {
      ctx.addIssue({ code: 'custom', message: 'disputes:contest.documents.totalTooLarge' });
    }
  }),
});
export type ContestDisputeRequest = z.infer<typeof contestDisputeRequestSchema>;

/**
 * The contest as it travels: `multipart/form-data`, one `explication` part and one `documents`
 * part per file (none without files). The server reads each file's name, type and size into
 * `contestDisputeRequestSchema` and checks them there, with the same messages as the form.
 */
export const contestDisputeFormSchema = z.object({
  explication: contestDisputeRequestSchema.shape.explication,
  documents: z
    .array(
      z
        .file()
        .mime([...CONTEST_ACCEPTED_MIME_TYPES])
        .min(1)
        .max(CONTEST_MAX_FILE_SIZE),
    )
    .max(CONTEST_MAX_FILES)
    .optional(),
});
export type ContestDisputeForm = z.infer<typeof contestDisputeFormSchema>;

/** The parts' names, for the client that writes them and the server that reads them. */
export const CONTEST_FORM_PARTS = contestDisputeFormSchema.keyof().enum;

// ── Bulk acceptance ──────────────────────────────────────────────────────────────────────────

/** Cases accepted in one request at most, as card networks allow. */
export const BULK_ACCEPT_MAX = 100;

/** `POST /litiges/acceptations`: the cases to accept, each once. */
export const bulkAcceptRequestSchema = z.object({
  numeros: z
    .array(caseNumberSchema)
    .min(1, 'disputes:bulk.errors.none')
    .max(BULK_ACCEPT_MAX, 'disputes:bulk.errors.tooMany')
    .refine(
      (numeros) => new Set(numeros).size === numeros.length,
      'disputes:bulk.errors.duplicate',
    ),
});
export type BulkAcceptRequest = z.infer<typeof bulkAcceptRequestSchema>;

/**
 * Why one case of the request was not accepted: not a case of this merchant, or one that takes
 * no answer any more (the single acceptance's 409 reasons, an accepted case told apart).
 */
export const bulkRefusalReasonSchema = z.enum([
  'introuvable',
  'deja-accepte',
  ...readOnlyReasonSchema.options,
]);
export type BulkRefusalReason = z.infer<typeof bulkRefusalReasonSchema>;

export const bulkAcceptResultSchema = z.discriminatedUnion('resultat', [
  z.object({ numeroDossier: caseNumberSchema, resultat: z.literal('acceptee') }),
  z.object({
    numeroDossier: caseNumberSchema,
    resultat: z.literal('refusee'),
    raison: bulkRefusalReasonSchema,
  }),
]);
export type BulkAcceptResult = z.infer<typeof bulkAcceptResultSchema>;

/** One result per requested case, in the request's order; 200 even when none was accepted. */
export const bulkAcceptResponseSchema = z.object({
  resultats: z.array(bulkAcceptResultSchema),
  aujourdhui: isoDateSchema,
});
export type BulkAcceptResponse = z.infer<typeof bulkAcceptResponseSchema>;
