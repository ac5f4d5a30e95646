import { Collection } from '@msw/data';
import { demoAccounts, demoEstablishments } from './fixtures/accounts';
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
};

interface Snapshot {
  accounts: AccountRecord[];
  establishments: EstablishmentRecord[];
}

async function fill(snapshot: Snapshot): Promise<void> {
  db.accounts.clear();
  db.establishments.clear();
  await Promise.all(snapshot.accounts.map((record) => db.accounts.create(record)));
  await Promise.all(snapshot.establishments.map((record) => db.establishments.create(record)));
}

export async function seedDefaults(): Promise<void> {
  await fill({
    accounts: structuredClone(demoAccounts),
    establishments: structuredClone(demoEstablishments),
  });
}

/** Loads what the browser kept from earlier visits, or the demo data. */
export async function loadDb(): Promise<void> {
  const stored = readStored<Snapshot>(DB_KEY);
  if (stored) await fill(stored);
  else await seedDefaults();
}

export function saveDb(): void {
  writeStored(DB_KEY, { accounts: db.accounts.all(), establishments: db.establishments.all() });
}

export async function resetDb(): Promise<void> {
  removeStored(DB_KEY);
  await seedDefaults();
}
