import { describe, expect, it } from 'vitest';
import {
  BULK_ACCEPT_MAX,
  bulkAcceptResponseSchema,
  type DisputeStatus,
} from '@/features/disputes/api/contract';
import { DEMO_DISPUTES_MERCHANT_NUMBER } from '../fixtures/disputes';
import { caseJournal } from '../audit';
import { db } from '../db';
import { serverState } from '../server-state';
import { logInAs, useScenarios } from '../testing';

const KEY = '0b6f7c1e-2d4a-4c8b-9e3f-5a6b7c8d9e0f';

function api(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(new URL(`/api${path}`, location.href), {
    method: 'POST',
    body: JSON.stringify(body),
    headers: {
      'Content-Type': 'application/json',
      'X-CSRF-Token': serverState.session?.csrfToken ?? '',
      ...headers,
    },
  });
}

const acceptAll = (numeros: string[], headers: Record<string, string> = {}) =>
  api('/litiges/acceptations', { numeros }, headers);

function cases(statut: DisputeStatus, count: number): string[] {
  const found = db.disputes
    .findMany((q) => q.where({ statut, numeroCommercant: DEMO_DISPUTES_MERCHANT_NUMBER }))
    .slice(0, count)
    .map((dispute) => dispute.numeroDossier);
  if (found.length < count) throw new Error(`Only ${found.length} demo cases ${statut}`);
  return found;
}

const stored = (numero: string) => db.disputes.findFirst((q) => q.where({ numeroDossier: numero }));

const acceptances = (numero: string) =>
  stored(numero)?.historique.filter((event) => event.type === 'acceptation').length;

describe('mock API — POST /litiges/acceptations', () => {
  it('writes each acceptance in its case’s journal, from « bulk »', async () => {
    logInAs('marie.durand');
    const [numero = ''] = cases('reponse-requise', 1);
    expect((await acceptAll([numero])).status).toBe(200);
    expect(caseJournal(numero)).toEqual([
      expect.objectContaining({
        action: 'acceptation',
        canal: 'bulk',
        auteur: expect.objectContaining({ identifiant: 'marie.durand' }),
      }),
    ]);
  });

  it('accepts what it can and says why each other case was not accepted, in the request’s order', async () => {
    logInAs('marie.durand');
    const [first, second, late] = cases('reponse-requise', 3);
    const [closed] = cases('expire', 1);
    const [reviewed] = cases('en-cours-examen', 1);
    await db.disputes.update((q) => q.where({ numeroDossier: late ?? '' }), {
      data(record) {
        record.dateLimiteReponse = '2020-01-31';
      },
    });
    const ids = [first, closed, 'LT-2026-999999', second, reviewed, late].map(String);
    const response = await acceptAll(ids);
    expect(response.status).toBe(200);
    const { resultats } = bulkAcceptResponseSchema.parse(await response.json());
    expect(resultats).toEqual([
      { numeroDossier: first, resultat: 'acceptee' },
      { numeroDossier: closed, resultat: 'refusee', raison: 'clos' },
      { numeroDossier: 'LT-2026-999999', resultat: 'refusee', raison: 'introuvable' },
      { numeroDossier: second, resultat: 'acceptee' },
      { numeroDossier: reviewed, resultat: 'refusee', raison: 'en-cours-examen' },
      { numeroDossier: late, resultat: 'refusee', raison: 'delai-depasse' },
    ]);
    for (const numero of [first, second]) {
      expect(stored(String(numero))).toMatchObject({
        statut: 'accepte',
        reponseCommercant: { decision: 'acceptee' },
      });
      expect(acceptances(String(numero))).toBe(1);
    }
    expect(stored(String(late))?.statut).toBe('reponse-requise');
  });

  it('reports a case accepted meanwhile (on its own page, another tab) as already accepted', async () => {
    logInAs('marie.durand');
    const [mine, other] = cases('reponse-requise', 2);
    const single = await api(`/litiges/${String(other)}/acceptation`, {});
    expect(single.status).toBe(200);
    const { resultats } = bulkAcceptResponseSchema.parse(
      await (await acceptAll([String(mine), String(other)])).json(),
    );
    expect(resultats).toEqual([
      { numeroDossier: mine, resultat: 'acceptee' },
      { numeroDossier: other, resultat: 'refusee', raison: 'deja-accepte' },
    ]);
    expect(acceptances(String(other))).toBe(1);
  });

  it('takes 1 to 100 different case numbers; anything else is refused whole', async () => {
    await useScenarios('nombreux-litiges');
    logInAs('marie.durand');
    const open = cases('reponse-requise', BULK_ACCEPT_MAX + 1);
    const refused = async (ids: string[]) => {
      const response = await acceptAll(ids);
      return { status: response.status, body: (await response.json()) as unknown };
    };
    expect(await refused(open)).toEqual({
      status: 400,
      body: { code: 'VALIDATION', fieldErrors: { numeros: 'disputes:bulk.errors.tooMany' } },
    });
    expect(await refused([])).toMatchObject({
      status: 400,
      body: { fieldErrors: { numeros: 'disputes:bulk.errors.none' } },
    });
    const [one = ''] = open;
    expect(await refused([one, one])).toMatchObject({
      status: 400,
      body: { fieldErrors: { numeros: 'disputes:bulk.errors.duplicate' } },
    });
    expect(await refused(['pas-un-numero'])).toMatchObject({
      status: 400,
      body: { code: 'VALIDATION', fieldErrors: { 'numeros.0': 'common:errors.invalidValue' } },
    });
    expect(open.every((numero) => stored(numero)?.statut === 'reponse-requise')).toBe(true);

    const hundred = open.slice(0, BULK_ACCEPT_MAX);
    const response = await acceptAll(hundred);
    expect(response.status).toBe(200);
    const { resultats } = bulkAcceptResponseSchema.parse(await response.json());
    expect(resultats.filter((result) => result.resultat === 'acceptee')).toHaveLength(100);
    expect(stored(open[BULK_ACCEPT_MAX] ?? '')?.statut).toBe('reponse-requise');
  });

  it('answers a repeated Idempotency-Key with the first answer, without accepting again', async () => {
    logInAs('marie.durand');
    const ids = cases('reponse-requise', 2);
    const first = await acceptAll(ids, { 'Idempotency-Key': KEY });
    const firstBody = await first.text();
    expect(first.status).toBe(200);
    const again = await acceptAll(ids, { 'Idempotency-Key': KEY });
    expect({ status: again.status, body: await again.text() }).toEqual({
      status: 200,
      body: firstBody,
    });
    expect(ids.map(acceptances)).toEqual([1, 1]);
    // The same key for other cases is another action under a used key: refused, nothing done.
    const [other = ''] = cases('reponse-requise', 1);
    const reused = await acceptAll([other], { 'Idempotency-Key': KEY });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toEqual({ code: 'CLE_IDEMPOTENCE_REUTILISEE' });
    expect(stored(other)?.statut).toBe('reponse-requise');
  });

  it('with « litige-deja-traite », the first case was accepted elsewhere just before', async () => {
    await useScenarios('litige-deja-traite');
    logInAs('marie.durand');
    const [first = '', second = ''] = cases('reponse-requise', 2);
    const { resultats } = bulkAcceptResponseSchema.parse(
      await (await acceptAll([first, second])).json(),
    );
    expect(resultats).toEqual([
      { numeroDossier: first, resultat: 'refusee', raison: 'deja-accepte' },
      { numeroDossier: second, resultat: 'acceptee' },
    ]);
    expect(acceptances(first)).toBe(1);
  });

  it('answers 403 to an account without the dispute tool', async () => {
    logInAs('paul.lefebvre');
    const response = await acceptAll(['LT-2026-000001']);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ code: 'GESTION_LITIGES_INACTIVE' });
  });
});
