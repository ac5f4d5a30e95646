import { describe, expect, it } from 'vitest';
import type { Dispute, DisputeStatus } from '@/features/disputes/api/contract';
import { disputeStatisticsSchema } from '@/features/disputes/api/statistics-contract';
import { db } from '../db';
import { generateDisputes } from '../fixtures/disputes';
import { logInAs, setMockClock, useScenarios } from '../testing';
import { disputeStatistics } from './disputes-statistics';

const [template] = generateDisputes({
  count: 1,
  seed: 1,
  today: '2026-11-26',
  merchantNumber: '9400000011',
});

function dispute(
  dateOuverture: string,
  statut: DisputeStatus = 'reponse-requise',
  more: Partial<Dispute> = {},
): Dispute {
  if (!template) throw new Error('No template dispute');
  const contested = ['en-cours-examen', 'clos-en-votre-faveur', 'clos-en-faveur-du-titulaire'];
  return {
    ...template,
    dateOuverture,
    statut,
    reponseCommercant: contested.includes(statut)
      ? { decision: 'contestee', explication: 'Livrée et signée.', date: dateOuverture }
      : statut === 'accepte'
        ? { decision: 'acceptee', date: dateOuverture }
        : null,
    ...more,
  };
}

function api(path: string) {
  return fetch(new URL(`/api${path}`, location.href));
}

describe('GET /litiges/statistiques: the computation', () => {
  it('counts the cases opened from the 1st of the first month to today, month by month', () => {
    const stats = disputeStatistics(
      [
        dispute('2026-08-31'),
        dispute('2026-09-01'),
        dispute('2026-10-15'),
        dispute('2026-10-31'),
        dispute('2026-11-26'),
        // Opened after today: not in any period yet.
        dispute('2026-11-27'),
      ],
      '2026-11-26',
      3,
    );
    expect(stats.du).toBe('2026-09-01');
    expect(stats.au).toBe('2026-11-26');
    expect(stats.dossiers.ouverts).toBe(4);
    expect(stats.parMois).toEqual([
      { mois: '2026-09', ouverts: 1 },
      { mois: '2026-10', ouverts: 2 },
      { mois: '2026-11', ouverts: 1 },
    ]);
  });

  it('goes back across a new year, with a month of its own for each month without a case', () => {
    const stats = disputeStatistics(
      [dispute('2025-09-01'), dispute('2026-02-10')],
      '2026-02-10',
      6,
    );
    expect(stats.du).toBe('2025-09-01');
    expect(stats.parMois.map((month) => month.mois)).toEqual([
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(stats.parMois.map((month) => month.ouverts)).toEqual([1, 0, 0, 0, 0, 1]);
    expect(disputeStatistics([], '2026-12-31', 12).du).toBe('2026-01-01');
  });

  it('counts each outcome; the win rate is won over decided contested cases', () => {
    const stats = disputeStatistics(
      [
        dispute('2026-10-01', 'clos-en-votre-faveur'),
        dispute('2026-10-02', 'clos-en-votre-faveur'),
        dispute('2026-10-03', 'clos-en-votre-faveur'),
        dispute('2026-10-04', 'clos-en-faveur-du-titulaire'),
        dispute('2026-10-05', 'en-cours-examen'),
        dispute('2026-10-06', 'accepte'),
        dispute('2026-10-07', 'expire'),
        dispute('2026-10-08', 'reponse-requise'),
      ],
      '2026-11-26',
      6,
    );
    expect(stats.dossiers).toEqual({
      ouverts: 8,
      acceptes: 1,
      contestes: 5,
      gagnes: 3,
      perdus: 1,
      expires: 1,
    });
    expect(stats.tauxReussite).toBe(0.75);
  });

  it('has no win rate while no contested case is decided', () => {
    const stats = disputeStatistics(
      [dispute('2026-10-05', 'en-cours-examen'), dispute('2026-10-06', 'accepte')],
      '2026-11-26',
      6,
    );
    expect(stats.dossiers.contestes).toBe(1);
    expect(stats.tauxReussite).toBeNull();
    expect(disputeStatistics([], '2026-11-26', 6).tauxReussite).toBeNull();
  });

  it('adds the amounts at stake, recovered (won) and lost (lost, accepted or expired)', () => {
    const stats = disputeStatistics(
      [
        dispute('2026-10-01', 'clos-en-votre-faveur', { montantConteste: 10_000 }),
        dispute('2026-10-02', 'clos-en-faveur-du-titulaire', { montantConteste: 2_550 }),
        dispute('2026-10-03', 'accepte', { montantConteste: 1_000 }),
        dispute('2026-10-04', 'expire', { montantConteste: 99 }),
        dispute('2026-10-05', 'en-cours-examen', { montantConteste: 500 }),
        dispute('2026-10-06', 'reponse-requise', { montantConteste: 1 }),
        // Before the period: none of its amount counts.
        dispute('2026-05-31', 'clos-en-votre-faveur', { montantConteste: 777_700 }),
      ],
      '2026-11-26',
      6,
    );
    expect(stats.montants).toEqual({ enJeu: 14_150, recupere: 10_000, perdu: 3_649 });
  });

  it('ranks the five most frequent reasons, ties by code', () => {
    const counts: Record<string, number> = {
      C08: 4,
      F29: 2,
      C05: 2,
      A01: 2,
      P05: 1,
      R13: 1,
      C02: 3,
    };
    const disputes = Object.entries(counts).flatMap(([motif, count]) =>
      Array.from({ length: count }, () => dispute('2026-11-02', 'reponse-requise', { motif })),
    );
    const stats = disputeStatistics(disputes, '2026-11-26', 3);
    expect(stats.motifs).toEqual([
      { code: 'C08', dossiers: 4 },
      { code: 'C02', dossiers: 3 },
      { code: 'A01', dossiers: 2 },
      { code: 'C05', dossiers: 2 },
      { code: 'F29', dossiers: 2 },
    ]);
  });
});

describe('GET /litiges/statistiques: the endpoint', () => {
  it('counts in Paris days on the mock clock: 1 June at 1:30 in Paris is still 31 May in UTC', async () => {
    setMockClock('2026-06-01T01:30');
    logInAs('marie.durand');
    const response = await api('/litiges/statistiques?periode=3');
    expect(response.status).toBe(200);
    const stats = disputeStatisticsSchema.parse(await response.json());
    expect(stats.periode).toBe(3);
    expect(stats.du).toBe('2026-04-01');
    expect(stats.au).toBe('2026-06-01');
    expect(stats.parMois.map((month) => month.mois)).toEqual(['2026-04', '2026-05', '2026-06']);
    const mine = db.disputes.findMany((q) => q.where({ numeroCommercant: '9400000011' }));
    expect(stats.dossiers.ouverts).toBe(
      mine.filter(
        (item) => item.dateOuverture >= '2026-04-01' && item.dateOuverture <= '2026-06-01',
      ).length,
    );
  });

  it('takes 6 months by default and refuses another period', async () => {
    logInAs('marie.durand');
    const stats = disputeStatisticsSchema.parse(await (await api('/litiges/statistiques')).json());
    expect(stats.periode).toBe(6);
    expect(stats.parMois).toHaveLength(6);
    const refused = await api('/litiges/statistiques?periode=5');
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      code: 'VALIDATION',
      fieldErrors: { periode: 'disputes-statistics:errors.invalidPeriod' },
    });
  });

  it('answers 403 to an account without the dispute tool', async () => {
    logInAs('paul.lefebvre');
    const response = await api('/litiges/statistiques?periode=6');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'GESTION_LITIGES_INACTIVE' });
  });

  it('answers for 5,000 disputes', async () => {
    await useScenarios('nombreux-litiges');
    logInAs('marie.durand');
    const stats = disputeStatisticsSchema.parse(
      await (await api('/litiges/statistiques?periode=12')).json(),
    );
    expect(stats.dossiers.ouverts).toBe(
      stats.parMois.reduce((sum, month) => sum + month.ouverts, 0),
    );
    expect(stats.dossiers.ouverts).toBeGreaterThan(1000);
    expect(stats.motifs).toHaveLength(5);
  });
});
