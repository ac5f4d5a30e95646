import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  acceptDisputeRequestSchema,
  CONTEST_ACCEPTED_MIME_TYPES,
  CONTEST_MAX_FILE_SIZE,
  CONTEST_MAX_FILES,
  CONTEST_MAX_TOTAL_SIZE,
  contestDisputeRequestSchema,
  disputeListResponseSchema,
  disputeSchema,
  EXPLANATION_MAX_LENGTH,
  EXPLANATION_MIN_LENGTH,
  type ContestDocument,
  type Dispute,
} from './contract';

const MB = 1024 * 1024;

function messages(result: z.ZodSafeParseResult<unknown>): string[] {
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('contestDisputeRequestSchema', () => {
  const pdf = (taille: number, nom = 'preuve-de-livraison.pdf'): ContestDocument => ({
    nom,
    typeMime: 'application/pdf',
    taille,
  });
  const validExplanation = 'La commande a été livrée et signée par le titulaire.';

  it('exports the limits the form and the API share', () => {
    expect(EXPLANATION_MIN_LENGTH).toBe(20);
    expect(EXPLANATION_MAX_LENGTH).toBe(2000);
    expect(CONTEST_MAX_FILES).toBe(5);
    expect(CONTEST_MAX_FILE_SIZE).toBe(5 * MB);
    expect(CONTEST_MAX_TOTAL_SIZE).toBe(25 * MB);
    expect(CONTEST_ACCEPTED_MIME_TYPES).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
      'image/tiff',
    ]);
  });

  it('accepts an explanation at both length limits, counted after trimming', () => {
    const min = contestDisputeRequestSchema.safeParse({
      explication: `  ${'a'.repeat(20)}  `,
      documents: [],
    });
    expect(min.success && min.data.explication).toBe('a'.repeat(20));
    expect(
      contestDisputeRequestSchema.safeParse({ explication: 'a'.repeat(2000), documents: [] })
        .success,
    ).toBe(true);
  });

  it.each([
    ['too short', `   ${'a'.repeat(19)}   `, 'disputes:contest.explanation.tooShort'],
    ['blank', ' '.repeat(40), 'disputes:contest.explanation.tooShort'],
    ['too long', 'a'.repeat(2001), 'disputes:contest.explanation.tooLong'],
  ])('rejects an explanation %s', (_case, explication, key) => {
    expect(messages(contestDisputeRequestSchema.safeParse({ explication, documents: [] }))).toEqual(
      [key],
    );
  });

  it('accepts five files of exactly 5 MB (25 MB in all) in every accepted type', () => {
    const documents = CONTEST_ACCEPTED_MIME_TYPES.map((typeMime, index) => ({
      nom: `piece-${index}`,
      typeMime,
      taille: 5 * MB,
    }));
    documents.push({ nom: 'piece-4', typeMime: 'application/pdf', taille: 5 * MB });
    expect(
      contestDisputeRequestSchema.safeParse({ explication: validExplanation, documents }).success,
    ).toBe(true);
  });

  it('rejects a sixth file, and says the total is too large too', () => {
    const documents = Array.from({ length: 6 }, (_, index) => pdf(5 * MB, `piece-${index}.pdf`));
    expect(
      messages(contestDisputeRequestSchema.safeParse({ explication: validExplanation, documents })),
    ).toEqual(['disputes:contest.documents.tooMany', 'disputes:contest.documents.totalTooLarge']);
  });

  it('rejects six small files for their number only', () => {
    const documents = Array.from({ length: 6 }, (_, index) => pdf(1000, `piece-${index}.pdf`));
    expect(
      messages(contestDisputeRequestSchema.safeParse({ explication: validExplanation, documents })),
    ).toEqual(['disputes:contest.documents.tooMany']);
  });

  it.each([
    ['a file over 5 MB', pdf(5 * MB + 1), 'disputes:contest.documents.fileTooLarge'],
    ['an empty file', pdf(0), 'disputes:contest.documents.emptyFile'],
    ['a fractional size', pdf(10.5), 'disputes:contest.documents.invalidSize'],
    ['a file with no name', pdf(1000, '   '), 'disputes:contest.documents.nameRequired'],
    [
      'a Word file',
      { nom: 'lettre.docx', typeMime: 'application/msword', taille: 1000 },
      'disputes:contest.documents.unsupportedType',
    ],
    [
      'a GIF',
      { nom: 'photo.gif', typeMime: 'image/gif', taille: 1000 },
      'disputes:contest.documents.unsupportedType',
    ],
  ])('rejects %s', (_case, document, key) => {
    const result = contestDisputeRequestSchema.safeParse({
      explication: validExplanation,
      documents: [document],
    });
    expect(messages(result)).toEqual([key]);
  });
});

describe('acceptDisputeRequestSchema', () => {
  it('accepts no comment, and rejects a comment over 2000 characters', () => {
    expect(acceptDisputeRequestSchema.parse({})).toEqual({});
    expect(
      messages(acceptDisputeRequestSchema.safeParse({ commentaire: 'a'.repeat(2001) })),
    ).toEqual(['disputes:accept.comment.tooLong']);
  });
});

describe('dispute and list response', () => {
  const dispute: Dispute = {
    numeroDossier: 'LT-2026-004217',
    type: 'action-compensatoire',
    statut: 'en-cours-examen',
    motif: 'C08',
    montantConteste: 4590,
    devise: 'EUR',
    dateTransaction: '2026-10-02',
    dateOuverture: '2026-10-20',
    dateLimiteReponse: '2026-11-09',
    derniersChiffresCarte: '1005',
    referenceTitulaire: 'REF-7KQ2M9XD',
    numeroCommercant: '9400000011',
    montantTransaction: 4590,
    notesReseau: 'Le titulaire déclare ne pas avoir reçu la commande.',
    historique: [
      { type: 'ouverture', date: '2026-10-20T07:12:00.000Z' },
      { type: 'contestation', date: '2026-10-25T10:00:00+02:00' },
    ],
    documents: [
      {
        id: 'doc-1',
        nom: 'preuve.pdf',
        typeMime: 'application/pdf',
        taille: 120_000,
        envoyeLe: '2026-10-25T08:01:00.000Z',
      },
    ],
    reponseCommercant: {
      decision: 'contestee',
      explication: 'Livrée et signée.',
      date: '2026-10-25',
    },
  };

  it('parses a full case', () => {
    expect(disputeSchema.parse(dispute)).toEqual(dispute);
  });

  it('keeps an unknown reason code from the network rather than failing the page', () => {
    expect(disputeSchema.safeParse({ ...dispute, motif: 'Z99' }).success).toBe(true);
    expect(disputeSchema.safeParse({ ...dispute, motif: 'c08' }).success).toBe(false);
  });

  it.each([
    ['a full card number', { derniersChiffresCarte: '371449635398431' }],
    ['amounts that are not cents', { montantConteste: 45.9 }],
    ['a badly formed case number', { numeroDossier: 'LT-26-4217' }],
    ['a date-time where a date is expected', { dateOuverture: '2026-10-20T07:12:00Z' }],
    [
      'a contest without explanation',
      { reponseCommercant: { decision: 'contestee', date: '2026-10-25' } },
    ],
  ])('rejects %s', (_case, patch) => {
    expect(disputeSchema.safeParse({ ...dispute, ...patch }).success).toBe(false);
  });

  it('requires the fixed page size and all three tab counts', () => {
    const response = {
      items: [dispute],
      page: 1,
      pageSize: 25,
      total: 1,
      counts: { 'a-traiter': 0, 'en-cours': 1, clos: 0 },
      aujourdhui: '2026-11-26',
    };
    const parsed = disputeListResponseSchema.parse(response);
    // A list row carries no notes, timeline or documents.
    expect(Object.keys(parsed.items[0] ?? {})).not.toContain('historique');
    expect(disputeListResponseSchema.safeParse({ ...response, pageSize: 50 }).success).toBe(false);
    expect(
      disputeListResponseSchema.safeParse({ ...response, counts: { 'a-traiter': 0, clos: 0 } })
        .success,
    ).toBe(false);
  });
});
