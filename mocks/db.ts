import { Collection } from '@msw/data';
import { disputeSchema, type Dispute } from '@/features/disputes/api/contract';
import { demoAccounts, demoEstablishments } from './fixtures/accounts';
import { demoDisputes } from './fixtures/disputes';
import { parisToday } from './lib/today';
import {
  accountRecordSchema,
  establishmentRecordSchema,
  type AccountRecord,
  type EstablishmentRecord,
} from './records';
import { readStored, removeStored, writeStored } from './storage';

const DB_KEY = 'espace-commercant:mock-db:v1';

export const db = {
  accounts: new Collection({ schema: accountRecordSchema }),
  establishments: new Collection({ schema: establishmentRecordSchema }),
  disputes: new Collection({ schema: disputeSchema }),
};

interface Snapshot {
  accounts: AccountRecord[];
  establishments: EstablishmentRecord[];
  /** Missing from snapshots saved before disputes existed: those get the demo disputes. */
  disputes?: Dispute[];
}

async function fill(snapshot: Snapshot): Promise<void> {
  db.accounts.clear();
  db.establishments.clear();
  db.disputes.clear();
  await Promise.all(snapshot.accounts.map((record) => db.accounts.create(record)));
  await Promise.all(snapshot.establishments.map((record) => db.establishments.create(record)));
  const disputes = snapshot.disputes ?? demoDisputes(parisToday());
  await Promise.all(disputes.map((record) => db.disputes.create(record)));
}

export async function seedDefaults(): Promise<void> {
  await fill({
    accounts: structuredClone(demoAccounts),
    establishments: structuredClone(demoEstablishments),
    disputes: demoDisputes(parisToday()),
  });
}

/** Loads what the browser kept from earlier visits, or the demo data; true when restored. */
export async function loadDb(): Promise<boolean> {
  const stored = readStored<Snapshot>(DB_KEY);
  if (stored) await fill(stored);
  else await seedDefaults();
  return stored !== null;
}

export function saveDb(): void {
  writeStored(DB_KEY, {
    accounts: db.accounts.all(),
    establishments: db.establishments.all(),
    disputes: db.disputes.all(),
  });
}

export async function resetDb(): Promise<void> {
  removeStored(DB_KEY);
  await seedDefaults();
}
