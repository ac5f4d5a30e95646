import { now } from '../clock';
import { db, emptyCollection } from '../db';
import { registeredEstablishments } from '../fixtures/accounts';
import { DEMO_DISPUTES_MERCHANT_NUMBER, manyDisputes } from '../fixtures/disputes';
import { parisToday } from '../lib/today';
import { serverState, startSession } from '../server-state';
import type { ScenarioName } from './registry';

const LOCK_MS = 15 * 60_000;

/**
 * What each data scenario changes after the demo seed. Kept apart from the registry so that the
 * page (the dev toolbar, the badge) reads the scenarios without loading the server's data.
 */
export const scenarioSeeds: Partial<Record<ScenarioName, () => void | Promise<void>>> = {
  'compte-bloque': () => {
    serverState.loginFailures['marie.durand'] = { failures: [], lockedUntil: now() + LOCK_MS };
  },
  'session-expiree': () => {
    serverState.expireNextCall = true;
  },
  'nouveau-commercant': () => void startSession('paul.lefebvre'),
  'aucun-litige': () => {
    emptyCollection(db.disputes);
    emptyCollection(db.caseJournals);
  },
  'nombreux-litiges': async () => {
    db.disputes.deleteMany((q) => q.where({ numeroCommercant: DEMO_DISPUTES_MERCHANT_NUMBER }));
    // The demo cases' journals would name the new cases that take their numbers.
    emptyCollection(db.caseJournals);
    await Promise.all(manyDisputes(parisToday()).map((dispute) => db.disputes.create(dispute)));
  },
  'abonne-avec-litiges': () => void startSession('marie.durand'),
  'etablissement-deja-inscrit': async () => {
    await Promise.all(registeredEstablishments.map((account) => db.accounts.create(account)));
  },
};
