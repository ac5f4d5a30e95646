import { describe, expect, it } from 'vitest';
import {
  CONTEST_MAX_FILE_SIZE,
  disputeDetailResponseSchema,
  disputeListResponseSchema,
  type DisputeStatus,
} from '@/features/disputes/api/contract';
import { db } from '../db';
import { IDEMPOTENCY_KEYS_KEPT } from '../idempotency';
import { serverState } from '../server-state';
import { logInAs, useScenarios } from '../testing';

const EXPLANATION = 'Livrée le jour prévu, bon de livraison signé par le titulaire joint.';

function api(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== 'GET') {
    headers.set('X-CSRF-Token', serverState.session?.csrfToken ?? '');
  }
  return fetch(new URL(`/api${path}`, location.href), { ...init, headers });
}

type Part = { name: string; type: string } & ({ size: number } | { content: Uint8Array | string });

const PDF_HEAD = '%PDF-1.7\n';

/** `size` bytes starting with `head`. */
function startingWith(head: number[], size: number) {
  const content = new Uint8Array(size);
  content.set(head);
  return content;
}

/**
 * A multipart body written by hand: jsdom's FormData does not reach the mock intact. A part
 * given by size is a PDF of that many bytes.
 */
function multipart(explication: string, files: Part[]) {
  const boundary = 'limite-de-test';
  const encoder = new TextEncoder();
  const chunks = [
    `--${boundary}\r\nContent-Disposition: form-data; name="explication"\r\n\r\n${explication}\r\n`,
    ...files.flatMap((file) => [
      `--${boundary}\r\nContent-Disposition: form-data; name="documents"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      'content' in file ? file.content : PDF_HEAD.padEnd(file.size, 'x'),
      '\r\n',
    ]),
    `--${boundary}--\r\n`,
  ].map((chunk) => (typeof chunk === 'string' ? encoder.encode(chunk) : chunk));
  const body = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  chunks.reduce((offset, chunk) => {
    body.set(chunk, offset);
    return offset + chunk.length;
  }, 0);
  return {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body,
  };
}

function demoCase(motif: string, statut: DisputeStatus) {
  const found = db.disputes.findFirst((q) => q.where({ motif, statut }));
  if (!found) throw new Error(`No demo case ${motif} ${statut}`);
  return found.numeroDossier;
}

describe('mock API — litiges', () => {
  it('filters, sorts and pages on the server, with per-tab counts under the same filters', async () => {
    await useScenarios('nombreux-litiges');
    logInAs('marie.durand');
    const response = await api(
      '/litiges?tab=clos&type=action-compensatoire&sort=amount&order=desc&page=3',
    );
    const page = disputeListResponseSchema.parse(await response.json());
    expect(page.items).toHaveLength(25);
    expect(page.page).toBe(3);
    expect(page.total).toBe(page.counts.clos);
    expect(page.items.every((item) => item.type === 'action-compensatoire')).toBe(true);
    const amounts = page.items.map((item) => item.montantConteste);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const all = await api('/litiges?tab=clos').then((r) => r.json());
    expect(disputeListResponseSchema.parse(all).counts.clos).toBeGreaterThan(page.counts.clos);
  });

  it('answers 400 to a bad query and 403 to an account without the tool', async () => {
    logInAs('marie.durand');
    const bad = await api('/litiges?du=2026-06-01&au=2026-05-01');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { au: 'disputes:list.errors.dateRangeInverted' },
    });
    logInAs('paul.lefebvre');
    const refused = await api('/litiges');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ code: 'GESTION_LITIGES_INACTIVE' });
  });

  it('only shows the merchant its own cases', async () => {
    logInAs('marie.durand');
    const numero = demoCase('C08', 'reponse-requise');
    await db.disputes.update((q) => q.where({ numeroDossier: numero }), {
      data(record) {
        record.numeroCommercant = '9400000029';
      },
    });
    expect((await api(`/litiges/${numero}`)).status).toBe(404);
  });

  it('refuses to answer a closed case or one past its deadline', async () => {
    logInAs('marie.durand');
    const expired = demoCase('R13', 'expire');
    const closed = await api(`/litiges/${expired}/acceptation`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(closed.status).toBe(409);
    expect(await closed.json()).toEqual({ code: 'LITIGE_NON_MODIFIABLE', reason: 'clos' });

    const late = demoCase('C08', 'reponse-requise');
    await db.disputes.update((q) => q.where({ numeroDossier: late }), {
      data(record) {
        record.dateLimiteReponse = '2020-01-31';
      },
    });
    const contested = await api(`/litiges/${late}/contestation`, multipart(EXPLANATION, []));
    expect(contested.status).toBe(409);
    expect(await contested.json()).toEqual({
      code: 'LITIGE_NON_MODIFIABLE',
      reason: 'delai-depasse',
    });
  });

  it('validates uploads like the form: type, size, count', async () => {
    logInAs('marie.durand');
    const numero = demoCase('F29', 'reponse-requise');
    const send = async (files: Part[]) => {
      const response = await api(`/litiges/${numero}/contestation`, multipart(EXPLANATION, files));
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await send([{ name: 'lettre.docx', type: 'application/msword', size: 10 }])).toEqual({
      status: 400,
      body: {
        code: 'VALIDATION',
        fieldErrors: { 'documents.0.typeMime': 'disputes:contest.documents.unsupportedType' },
      },
    });
    expect(
      await send([{ name: 'gros.pdf', type: 'application/pdf', size: CONTEST_MAX_FILE_SIZE + 1 }]),
    ).toMatchObject({
      status: 400,
      body: { fieldErrors: { 'documents.0.taille': 'disputes:contest.documents.fileTooLarge' } },
    });
    const six = Array.from({ length: 6 }, (_, index) => ({
      name: `piece-${index}.pdf`,
      type: 'application/pdf',
      size: 10,
    }));
    expect(await send(six)).toMatchObject({
      status: 400,
      body: { fieldErrors: { documents: 'disputes:contest.documents.tooMany' } },
    });
    expect(db.disputes.findFirst((q) => q.where({ numeroDossier: numero }))?.statut).toBe(
      'reponse-requise',
    );
  });

  it('refuses a file whose bytes are not the type it claims, even without the form’s check', async () => {
    logInAs('marie.durand');
    const numero = demoCase('F29', 'reponse-requise');
    const send = async (files: Part[]) => {
      const response = await api(`/litiges/${numero}/contestation`, multipart(EXPLANATION, files));
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(
      await send([
        { name: 'facture.pdf', type: 'application/pdf', content: '<!DOCTYPE html><p>Payé</p>' },
      ]),
    ).toEqual({
      status: 400,
      body: {
        code: 'VALIDATION',
        fieldErrors: { 'documents.0.contenu': 'disputes:contest.documents.contentMismatch' },
      },
    });
    expect(
      await send([
        { name: 'preuve.pdf', type: 'application/pdf', size: 100 },
        { name: 'scan.tiff', type: 'image/tiff', content: 'GIF89a\u0001\u0000\u0001\u0000' },
        // A real PNG sent as a JPEG is not what it says either.
        {
          name: 'photo.jpg',
          type: 'image/jpeg',
          content: startingWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 50),
        },
      ]),
    ).toEqual({
      status: 400,
      body: {
        code: 'VALIDATION',
        fieldErrors: {
          'documents.1.contenu': 'disputes:contest.documents.contentMismatch',
          'documents.2.contenu': 'disputes:contest.documents.contentMismatch',
        },
      },
    });
    const stored = db.disputes.findFirst((q) => q.where({ numeroDossier: numero }));
    expect(stored?.statut).toBe('reponse-requise');
    expect(stored?.documents).toEqual([]);
  });

  it('accepts every accepted format by its content, and stores names without bidi controls', async () => {
    logInAs('marie.durand');
    const numero = demoCase('F29', 'reponse-requise');
    const response = await api(
      `/litiges/${numero}/contestation`,
      multipart(EXPLANATION, [
        { name: 'photo\u202egnp.pdf', type: 'application/pdf', size: 40 },
        {
          name: 'scan-\u2067intel\u2069.tif',
          type: 'image/tiff',
          content: startingWith([0x49, 0x49, 0x2a, 0x00], 30),
        },
        {
          name: 'scan-motorola.tif',
          type: 'image/tiff',
          content: startingWith([0x4d, 0x4d, 0x00, 0x2a], 30),
        },
        {
          name: 'capture.png',
          type: 'image/png',
          content: startingWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 20),
        },
      ]),
    );
    expect(response.status).toBe(200);
    const stored = db.disputes.findFirst((q) => q.where({ numeroDossier: numero }));
    expect(stored?.documents.map(({ nom, typeMime }) => [nom, typeMime])).toEqual([
      ['photognp.pdf', 'application/pdf'],
      ['scan-intel.tif', 'image/tiff'],
      ['scan-motorola.tif', 'image/tiff'],
      ['capture.png', 'image/png'],
    ]);
  });

  it('records a contest with its documents’ names, types and sizes', async () => {
    logInAs('marie.durand');
    const numero = demoCase('F29', 'reponse-requise');
    const response = await api(
      `/litiges/${numero}/contestation`,
      multipart(`  ${EXPLANATION}  `, [
        { name: 'preuve.pdf', type: 'application/pdf', size: 1234 },
        { name: 'photo.jpg', type: 'image/jpeg', content: startingWith([0xff, 0xd8, 0xff], 99) },
      ]),
    );
    expect(response.status).toBe(200);
    const { litige } = disputeDetailResponseSchema.parse(await response.json());
    expect(litige.statut).toBe('en-cours-examen');
    expect(litige.reponseCommercant).toMatchObject({
      decision: 'contestee',
      explication: EXPLANATION,
    });
    expect(
      litige.documents.map(({ nom, typeMime, taille }) => ({ nom, typeMime, taille })),
    ).toEqual([
      { nom: 'preuve.pdf', typeMime: 'application/pdf', taille: 1234 },
      { nom: 'photo.jpg', typeMime: 'image/jpeg', taille: 99 },
    ]);
    expect(litige.historique.slice(-2).map((event) => event.type)).toEqual([
      'contestation',
      'documents-recus',
    ]);
    // The dashboard's summary reads the same data.
    const summary = (await api('/litiges/synthese').then((r) => r.json())) as { enCours: number };
    const list = disputeListResponseSchema.parse(await api('/litiges').then((r) => r.json()));
    expect(summary.enCours).toBe(list.counts['en-cours']);
  });
});

describe('mock API — Idempotency-Key on accept and contest', () => {
  const KEY = '6f1c2b9e-4d3a-4e8b-9c7d-1a2b3c4d5e6f';

  function accept(numero: string, key: string | null) {
    return api(`/litiges/${numero}/acceptation`, {
      method: 'POST',
      body: '{}',
      headers: {
        'Content-Type': 'application/json',
        ...(key === null ? {} : { 'Idempotency-Key': key }),
      },
    });
  }

  function contest(numero: string, key: string, explication: string, files: Part[] = []) {
    const init = multipart(explication, files);
    return api(`/litiges/${numero}/contestation`, {
      ...init,
      headers: { ...init.headers, 'Idempotency-Key': key },
    });
  }

  const answer = async (response: Response) => ({
    status: response.status,
    body: await response.text(),
  });

  const events = (numero: string) =>
    db.disputes.findFirst((q) => q.where({ numeroDossier: numero }))?.historique.map((e) => e.type);

  it('answers a repeated key with the first answer, without acting again', async () => {
    logInAs('marie.durand');
    const numero = demoCase('F29', 'reponse-requise');
    const first = await answer(await accept(numero, KEY));
    expect(first.status).toBe(200);
    expect(await answer(await accept(numero, KEY))).toEqual(first);
    expect(events(numero)?.filter((type) => type === 'acceptation')).toHaveLength(1);
    // Without the key, the same request is a second action: the case takes no more answers.
    expect((await accept(numero, null)).status).toBe(409);
  });

  it('refuses a repeated key with another body: 422, and nothing done', async () => {
    logInAs('marie.durand');
    const numero = demoCase('F29', 'reponse-requise');
    const first = await answer(
      await contest(numero, KEY, EXPLANATION, [
        { name: 'preuve.pdf', type: 'application/pdf', size: 40 },
      ]),
    );
    expect(first.status).toBe(200);
    const reused = { status: 422, body: JSON.stringify({ code: 'CLE_IDEMPOTENCE_REUTILISEE' }) };
    expect(await answer(await contest(numero, KEY, `${EXPLANATION} Autre texte.`))).toEqual(reused);
    // The same text with another file is another body too.
    expect(
      await answer(
        await contest(numero, KEY, EXPLANATION, [
          { name: 'preuve.pdf', type: 'application/pdf', size: 41 },
        ]),
      ),
    ).toEqual(reused);
    expect(
      await answer(
        await contest(numero, KEY, EXPLANATION, [
          { name: 'preuve.pdf', type: 'application/pdf', size: 40 },
        ]),
      ),
    ).toEqual(first);
    expect(events(numero)?.filter((type) => type === 'contestation')).toHaveLength(1);
  });

  it('keeps keys per account and endpoint, refusals too, and a bounded number of them', async () => {
    logInAs('marie.durand');
    const numero = demoCase('F29', 'reponse-requise');
    const other = demoCase('C08', 'reponse-requise');
    const closed = demoCase('R13', 'expire');
    expect((await accept(numero, KEY)).status).toBe(200);
    // Another case is another endpoint: the key does not carry over.
    expect((await accept(other, KEY)).status).toBe(200);
    const refusal = await answer(await accept(closed, KEY));
    expect(refusal.status).toBe(409);
    expect(await answer(await accept(closed, KEY))).toEqual(refusal);

    // Older keys are forgotten: the first one then acts again, and finds its case closed.
    for (let index = 0; index < IDEMPOTENCY_KEYS_KEPT; index += 1) {
      await accept(closed, crypto.randomUUID());
    }
    expect((await accept(numero, KEY)).status).toBe(409);
    expect(serverState.idempotency).toHaveLength(IDEMPOTENCY_KEYS_KEPT);
  });

  it('refuses a key that is not a UUID', async () => {
    logInAs('marie.durand');
    const numero = demoCase('F29', 'reponse-requise');
    const response = await accept(numero, 'clic-1');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'VALIDATION',
      fieldErrors: { 'Idempotency-Key': 'common:errors.invalidValue' },
    });
    expect(events(numero)).not.toContain('acceptation');
  });
});
