import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  disputeDetailResponseSchema,
  type AuditEntry,
  type DisputeStatus,
} from '@/features/disputes/api/contract';
import { caseJournal, recordCaseAction } from '../audit';
import { db } from '../db';
import { serverState } from '../server-state';
import { logInAs, setMockClock, useScenarios } from '../testing';

const EXPLANATION = 'Livrée le jour prévu, bon de livraison signé par le titulaire joint.';
const MARIE = { identifiant: 'marie.durand', nom: 'Marie Durand' };

function api(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== 'GET') {
    headers.set('X-CSRF-Token', serverState.session?.csrfToken ?? '');
  }
  return fetch(new URL(`/api${path}`, location.href), { ...init, headers });
}

async function read(numero: string) {
  const response = await api(`/litiges/${numero}`);
  expect(response.status).toBe(200);
  return disputeDetailResponseSchema.parse(await response.json()).audit;
}

function accept(numero: string, key: string) {
  return api(`/litiges/${numero}/acceptation`, {
    method: 'POST',
    body: '{}',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
  });
}

/** A contest with PDF files of these names, written by hand (jsdom's FormData arrives broken). */
function contest(numero: string, names: string[]) {
  const boundary = 'limite-de-test';
  const body = [
    `--${boundary}\r\nContent-Disposition: form-data; name="explication"\r\n\r\n${EXPLANATION}\r\n`,
    ...names.map(
      (name) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="documents"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.7\n${name}\r\n`,
    ),
    `--${boundary}--\r\n`,
  ].join('');
  return api(`/litiges/${numero}/contestation`, {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

function demoCase(statut: DisputeStatus) {
  const found = db.disputes.findFirst((q) => q.where({ statut }));
  if (!found) throw new Error(`No demo case ${statut}`);
  return found.numeroDossier;
}

const entry = (action: AuditEntry['action'], date: string, extra: Partial<AuditEntry> = {}) => ({
  action,
  date,
  auteur: MARIE,
  canal: 'web',
  ...extra,
});

describe('mock API — the journal of a case', () => {
  // The mock clock stands still where a test sets it: entries carry that exact instant.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('records a view with who, when and from where, once per visit of a few minutes', async () => {
    setMockClock('2026-11-29T09:05');
    logInAs('marie.durand');
    const numero = demoCase('reponse-requise');
    expect(await read(numero)).toEqual([entry('consultation', '2026-11-29T08:05:00.000Z')]);

    // A refetch (window focus, back from the contest form) is the same visit.
    setMockClock('2026-11-29T09:09');
    expect(await read(numero)).toHaveLength(1);

    setMockClock('2026-11-29T09:15');
    expect(await read(numero)).toEqual([
      entry('consultation', '2026-11-29T08:05:00.000Z'),
      entry('consultation', '2026-11-29T08:15:00.000Z'),
    ]);
  });

  it('records nothing for a case the merchant cannot see', async () => {
    logInAs('marie.durand');
    const numero = demoCase('reponse-requise');
    await db.disputes.update((q) => q.where({ numeroDossier: numero }), {
      data(record) {
        record.numeroCommercant = '9400000029';
      },
    });
    expect((await api(`/litiges/${numero}`)).status).toBe(404);
    expect(caseJournal(numero)).toEqual([]);
  });

  it('records an acceptance once, even when the same request is sent again', async () => {
    setMockClock('2026-11-29T10:30');
    logInAs('marie.durand');
    const numero = demoCase('reponse-requise');
    const KEY = '6f1c2b9e-4d3a-4e8b-9c7d-1a2b3c4d5e6f';
    const first = await accept(numero, KEY);
    expect(first.status).toBe(200);
    const answered = disputeDetailResponseSchema.parse(await first.json());
    expect(answered.audit).toEqual([entry('acceptation', '2026-11-29T09:30:00.000Z')]);
    expect((await accept(numero, KEY)).status).toBe(200);
    expect(caseJournal(numero)).toEqual([entry('acceptation', '2026-11-29T09:30:00.000Z')]);
  });

  it('records a contest and each document added, by name', async () => {
    setMockClock('2026-11-29T11:00');
    logInAs('marie.durand');
    const numero = demoCase('reponse-requise');
    const response = await contest(numero, ['bon-de-livraison.pdf', 'facture.pdf']);
    expect(response.status).toBe(200);
    const at = '2026-11-29T10:00:00.000Z';
    expect(disputeDetailResponseSchema.parse(await response.json()).audit).toEqual([
      entry('contestation', at),
      entry('document-ajoute', at, { document: 'bon-de-livraison.pdf' }),
      entry('document-ajoute', at, { document: 'facture.pdf' }),
    ]);
  });

  it('records a contest refused by the API as nothing', async () => {
    logInAs('marie.durand');
    const numero = demoCase('expire');
    expect((await contest(numero, ['facture.pdf'])).status).toBe(409);
    expect(caseJournal(numero)).toEqual([]);
  });

  it('records a saved draft without its text, once per few minutes, and only while answerable', async () => {
    setMockClock('2026-11-29T14:00');
    logInAs('marie.durand');
    const numero = demoCase('reponse-requise');
    const saved = await api(`/litiges/${numero}/brouillon`, { method: 'POST' });
    expect(saved.status).toBe(204);
    expect((await api(`/litiges/${numero}/brouillon`, { method: 'POST' })).status).toBe(204);
    expect(caseJournal(numero)).toEqual([
      entry('brouillon-enregistre', '2026-11-29T13:00:00.000Z'),
    ]);

    const closed = demoCase('accepte');
    expect((await api(`/litiges/${closed}/brouillon`, { method: 'POST' })).status).toBe(409);
    expect(caseJournal(closed).map((line) => line.action)).toEqual(['acceptation']);
  });

  it('keeps the channel it is given: a bulk answer is not folded into a web one', async () => {
    setMockClock('2026-11-29T16:00');
    const numero = demoCase('reponse-requise');
    const account = { identifiant: 'marie.durand', prenom: 'Marie', nom: 'Durand' };
    const others = db.caseJournals.findMany().map((journal) => structuredClone(journal));
    await recordCaseAction(numero, { action: 'consultation', account, channel: 'web' });
    await recordCaseAction(numero, { action: 'consultation', account, channel: 'bulk' });
    await recordCaseAction(numero, { action: 'acceptation', account, channel: 'bulk' });
    const at = '2026-11-29T15:00:00.000Z';
    expect(caseJournal(numero)).toEqual([
      entry('consultation', at),
      entry('consultation', at, { canal: 'bulk' }),
      entry('acceptation', at, { canal: 'bulk' }),
    ]);
    // One record per case: the other cases' journals are not touched.
    expect(
      db.caseJournals.findMany((q) => q.where({ numeroDossier: (value) => value !== numero })),
    ).toEqual(others);
  });

  it('starts the demo data with the journals of the cases already answered', async () => {
    const accepted = db.disputes.findFirst((q) => q.where({ statut: 'accepte' }));
    const contested = db.disputes.findFirst((q) => q.where({ statut: 'en-cours-examen' }));
    if (!accepted || !contested) throw new Error('No answered demo case');
    const acceptedAt = accepted.historique.find((event) => event.type === 'acceptation')?.date;
    expect(caseJournal(accepted.numeroDossier)).toEqual([entry('acceptation', acceptedAt ?? '')]);
    expect(
      caseJournal(contested.numeroDossier).map((line) => line.document ?? line.action),
    ).toEqual(['contestation', ...contested.documents.map((document) => document.nom)]);
    const unanswered = db.disputes.findFirst((q) => q.where({ statut: 'reponse-requise' }));
    expect(unanswered && caseJournal(unanswered.numeroDossier)).toEqual([]);

    // 5,000 new cases take the demo cases' numbers: none inherits a journal.
    await useScenarios('nombreux-litiges');
    expect(db.caseJournals.count()).toBe(0);
  });
});
