import { HttpResponse } from 'msw';
import { API_ERROR_CODES } from '@/lib/api-error-contract';
import {
  CONTEST_FORM_PARTS,
  DISPUTES_ERROR_CODES,
  acceptDisputeRequestSchema,
  bulkAcceptRequestSchema,
  contestDisputeRequestSchema,
  type BulkAcceptResponse,
  type BulkAcceptResult,
  type Dispute,
  type DisputeDetailResponse,
  type DisputeExportResponse,
  type DisputeListResponse,
  type DisputeNotAnswerableError,
  type DisputeSummary,
  type DocumentMimeType,
  type ReadOnlyReason,
} from '@/features/disputes/api/contract';
import {
  disputeListQuerySchema,
  type DisputeListQuery,
  type DisputeTab,
} from '@/features/disputes/api/list-query';
import { readOnlyReason } from '@/features/disputes/api/rules';
import {
  DOCUMENT_CONTENT_MISMATCH,
  sniffDocumentType,
} from '@/features/disputes/api/document-files';
import { caseJournal, recordCaseAction } from '../audit';
import { now } from '../clock';
import { db } from '../db';
import { endpoint, errorResponse, fieldErrors } from '../http';
import type { AccountRecord } from '../records';
import { parisToday } from '../lib/today';
import { bulkFirstCaseAnsweredElsewhere } from '../scenarios/active';
import { acceptCase, ownCase } from './dispute-acceptance';
import { inTab } from './disputes-summary';

type Filters = Pick<
  DisputeListQuery,
  'type' | 'du' | 'au' | 'q' | 'carte' | 'min' | 'max' | 'motif'
>;

function ownDisputes(account: AccountRecord) {
  return db.disputes.findMany((q) => q.where({ numeroCommercant: account.numeroCommercant }));
}

function matches(dispute: Dispute, { type, du, au, q, carte, min, max, motif }: Filters): boolean {
  if (type && dispute.type !== type) return false;
  if (du && dispute.dateOuverture < du) return false;
  if (au && dispute.dateOuverture > au) return false;
  if (carte && dispute.derniersChiffresCarte !== carte) return false;
  if (motif && dispute.motif !== motif) return false;
  // The query is in euros, the records in cents.
  if (min !== undefined && dispute.montantConteste < Math.round(min * 100)) return false;
  if (max !== undefined && dispute.montantConteste > Math.round(max * 100)) return false;
  if (q) {
    const needle = q.toLowerCase();
    return (
      dispute.numeroDossier.toLowerCase().includes(needle) ||
      dispute.referenceTitulaire.toLowerCase().includes(needle)
    );
  }
  return true;
}

// Plain comparisons: localeCompare is slow on 5,000 rows and every key here is ASCII.
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

const sortKey = {
  deadline: (dispute: Dispute) => dispute.dateLimiteReponse,
  opened: (dispute: Dispute) => dispute.dateOuverture,
  amount: (dispute: Dispute) => dispute.montantConteste,
  number: (dispute: Dispute) => dispute.numeroDossier,
} as const;

function sorted(disputes: Dispute[], query: DisputeListQuery): Dispute[] {
  const key = sortKey[query.sort];
  const direction = query.order === 'asc' ? 1 : -1;
  // The case number breaks ties, so pages never overlap or skip a row.
  return disputes.sort(
    (a, b) => direction * compare(key(a), key(b)) || compare(a.numeroDossier, b.numeroDossier),
  );
}

function summary(dispute: Dispute): DisputeSummary {
  return {
    numeroDossier: dispute.numeroDossier,
    type: dispute.type,
    statut: dispute.statut,
    motif: dispute.motif,
    montantConteste: dispute.montantConteste,
    devise: dispute.devise,
    dateTransaction: dispute.dateTransaction,
    dateOuverture: dispute.dateOuverture,
    dateLimiteReponse: dispute.dateLimiteReponse,
    derniersChiffresCarte: dispute.derniersChiffresCarte,
    referenceTitulaire: dispute.referenceTitulaire,
  };
}

function readQuery(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  return disputeListQuerySchema.safeParse(params);
}

/** What the handlers share: a subscribed account, and its own case when one is named. */
function subscribed(account: AccountRecord): boolean {
  return account.gestionLitiges;
}

const notSubscribed = () => errorResponse(403, API_ERROR_CODES.notSubscribed);
const notFound = () => errorResponse(404, DISPUTES_ERROR_CODES.notFound);

const notAnswerable = (reason: ReadOnlyReason) =>
  HttpResponse.json(
    { code: DISPUTES_ERROR_CODES.notAnswerable, reason } satisfies DisputeNotAnswerableError,
    { status: 409 },
  );

function refuseIfReadOnly(dispute: Dispute, today: string): Response | null {
  const reason = readOnlyReason(dispute, today);
  return reason ? notAnswerable(reason) : null;
}

/**
 * The scenario `litige-deja-traite`: the first case asked for was accepted from another tab just before this
 * request, as happens when a merchant answers in two tabs.
 */
async function answerElsewhere(account: AccountRecord, ids: readonly string[], today: string) {
  const [first] = ids;
  if (first) await acceptCase(account, first, today, { channel: 'web' });
}

/** Accepting and contesting act once per `Idempotency-Key`: a retry never answers twice. */
const answerOptions = { auth: true, idempotent: true } as const;

const stamp = () => new Date(now()).toISOString();

/** These endpoints are the space's own: what they do is journaled as done from the web. */
const channel = 'web';

const detail = (dispute: Dispute, today: string): DisputeDetailResponse => ({
  litige: dispute,
  aujourdhui: today,
  audit: caseJournal(dispute.numeroDossier),
});

export const disputesHandlers = [
  endpoint('get', '/litiges', { auth: true }, ({ request, account }) => {
    if (!subscribed(account)) return notSubscribed();
    const parsed = readQuery(request);
    if (!parsed.success) {
      return errorResponse(400, API_ERROR_CODES.validation, {
        fieldErrors: fieldErrors(parsed.error),
      });
    }
    const query = parsed.data;
    const counts = { 'a-traiter': 0, 'en-cours': 0, clos: 0 };
    const inView: Dispute[] = [];
    for (const dispute of ownDisputes(account)) {
      if (!matches(dispute, query)) continue;
      const tab = (Object.keys(counts) as DisputeTab[]).find((name) => inTab(name, dispute));
      if (tab) counts[tab] += 1;
      if (tab === query.tab) inView.push(dispute);
    }
    const start = (query.page - 1) * query.pageSize;
    const items = sorted(inView, query)
      .slice(start, start + query.pageSize)
      .map(summary);
    return HttpResponse.json({
      items,
      page: query.page,
      pageSize: query.pageSize,
      total: inView.length,
      counts,
      aujourdhui: parisToday(),
    } satisfies DisputeListResponse);
  }),

  // Before `/litiges/:numero`, which would otherwise take « export » for a case number.
  endpoint('get', '/litiges/export', { auth: true }, ({ request, account }) => {
    if (!subscribed(account)) return notSubscribed();
    const parsed = readQuery(request);
    if (!parsed.success) {
      return errorResponse(400, API_ERROR_CODES.validation, {
        fieldErrors: fieldErrors(parsed.error),
      });
    }
    const query = parsed.data;
    const rows = ownDisputes(account).filter(
      (dispute) => inTab(query.tab, dispute) && matches(dispute, query),
    );
    return HttpResponse.json({
      items: sorted(rows, query).map(summary),
      aujourdhui: parisToday(),
    } satisfies DisputeExportResponse);
  }),

  endpoint('get', '/litiges/:numero', { auth: true }, async ({ params, account }) => {
    if (!subscribed(account)) return notSubscribed();
    const dispute = ownCase(account, params.numero);
    if (!dispute) return notFound();
    // Reading a case is an action on it: the journal says who saw it (once per visit).
    await recordCaseAction(dispute.numeroDossier, { action: 'consultation', account, channel });
    return HttpResponse.json(detail(dispute, parisToday()));
  }),

  /*
   * The contest draft stays on the merchant's device (its text never leaves it before the
   * contest is sent): the client only says that one was saved, for the journal.
   */
  endpoint('post', '/litiges/:numero/brouillon', { auth: true }, async ({ params, account }) => {
    if (!subscribed(account)) return notSubscribed();
    const dispute = ownCase(account, params.numero);
    if (!dispute) return notFound();
    const refusal = refuseIfReadOnly(dispute, parisToday());
    if (refusal) return refusal;
    await recordCaseAction(dispute.numeroDossier, {
      action: 'brouillon-enregistre',
      account,
      channel,
    });
    return new HttpResponse(null, { status: 204 });
  }),

  endpoint(
    'post',
    '/litiges/:numero/acceptation',
    { ...answerOptions, body: acceptDisputeRequestSchema },
    async ({ params, account, body }) => {
      if (!subscribed(account)) return notSubscribed();
      const today = parisToday();
      const outcome = await acceptCase(account, String(params.numero), today, {
        ...(body.commentaire ? { commentaire: body.commentaire } : {}),
        channel: 'web',
      });
      if (outcome.accepted) return HttpResponse.json(detail(outcome.dispute, today));
      if (outcome.reason === 'introuvable') return notFound();
      return notAnswerable(outcome.reason === 'deja-accepte' ? 'clos' : outcome.reason);
    },
  ),

  /*
   * Each case goes through the same acceptance as on its own page, one after the other; a case
   * that cannot be accepted is reported and the others go on. One `Idempotency-Key` covers the
   * whole request.
   */
  endpoint(
    'post',
    '/litiges/acceptations',
    { ...answerOptions, body: bulkAcceptRequestSchema },
    async ({ account, body }) => {
      if (!subscribed(account)) return notSubscribed();
      const today = parisToday();
      if (bulkFirstCaseAnsweredElsewhere()) await answerElsewhere(account, body.numeros, today);
      const resultats: BulkAcceptResult[] = [];
      for (const numero of body.numeros) {
        const outcome = await acceptCase(account, numero, today, { channel: 'bulk' });
        resultats.push(
          outcome.accepted
            ? { numeroDossier: numero, resultat: 'acceptee' }
            : { numeroDossier: numero, resultat: 'refusee', raison: outcome.reason },
        );
      }
      return HttpResponse.json({
        resultats,
        aujourdhui: today,
      } satisfies BulkAcceptResponse);
    },
  ),

  /*
   * Multipart, like a real upload: the files' names, types and sizes are checked with the same
   * contract as the form, then each file's first bytes must be the format its type claims (the
   * form checks them too, but a client can skip that). Names are stored without bidirectional
   * controls (the contract strips them); the bytes themselves are not kept.
   */
  endpoint('post', '/litiges/:numero/contestation', answerOptions, async (context) => {
    const { params, account, request } = context;
    if (!subscribed(account)) return notSubscribed();
    const dispute = ownCase(account, params.numero);
    if (!dispute) return notFound();
    const form = await request.formData().catch(() => null);
    const files = (form?.getAll(CONTEST_FORM_PARTS.documents) ?? []).filter(
      (entry): entry is File => typeof entry !== 'string',
    );
    const explication = form?.get(CONTEST_FORM_PARTS.explication);
    const parsed = contestDisputeRequestSchema.safeParse({
      explication: typeof explication === 'string' ? explication : '',
      documents: files.map((file) => ({ nom: file.name, typeMime: file.type, taille: file.size })),
    });
    if (!parsed.success) {
      return errorResponse(400, API_ERROR_CODES.validation, {
        fieldErrors: fieldErrors(parsed.error),
      });
    }
    const contents = await Promise.all(files.map((file) => sniffDocumentType(file)));
    const mismatches = Object.fromEntries(
      parsed.data.documents.flatMap((document, index) =>
        contents[index] === document.typeMime
          ? []
          : [[`documents.${index}.contenu`, DOCUMENT_CONTENT_MISMATCH]],
      ),
    );
    if (Object.keys(mismatches).length > 0) {
      return errorResponse(400, 'VALIDATION', { fieldErrors: mismatches });
    }
    const today = parisToday();
    const refusal = refuseIfReadOnly(dispute, today);
    if (refusal) return refusal;
    const sentAt = stamp();
    const { documents } = parsed.data;
    const updated = await db.disputes.update(dispute, {
      data(record) {
        const first = record.documents.length;
        record.statut = 'en-cours-examen';
        record.reponseCommercant = {
          decision: 'contestee',
          explication: parsed.data.explication,
          date: today,
        };
        record.documents.push(
          ...documents.map((document, index) => ({
            id: `doc-${first + index + 1}`,
            nom: document.nom,
            typeMime: document.typeMime satisfies DocumentMimeType,
            taille: document.taille,
            envoyeLe: sentAt,
          })),
        );
        record.historique.push({ type: 'contestation', date: sentAt });
        if (documents.length > 0) {
          record.historique.push({
            type: 'documents-recus',
            date: sentAt,
            detail:
              documents.length === 1
                ? '1 pièce justificative reçue.'
                : `${documents.length} pièces justificatives reçues.`,
          });
        }
      },
    });
    await recordCaseAction(dispute.numeroDossier, { action: 'contestation', account, channel });
    for (const document of documents) {
      await recordCaseAction(dispute.numeroDossier, {
        action: 'document-ajoute',
        account,
        channel,
        document: document.nom,
      });
    }
    return HttpResponse.json(detail(updated ?? dispute, today));
  }),
];
