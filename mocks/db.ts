import { Collection } from '@msw/data';
import { disputeSchema, type Dispute } from '@/features/disputes/api/contract';
import { demoAccounts, demoEstablishments } from './fixtures/accounts';
import { answeredCaseJournals } from './fixtures/case-journals';
import { DEMO_DISPUTES_OWNER, demoDisputes } from './fixtures/disputes';
import { parisToday } from './lib/today';
import {
  accountRecordSchema,
  caseJournalRecordSchema,
  establishmentRecordSchema,
  type AccountRecord,
  type CaseJournalRecord,
  type EstablishmentRecord,
} from './records';

export const db = {
  accounts: new Collection({ schema: accountRecordSchema }),
  establishments: new Collection({ schema: establishmentRecordSchema }),
  disputes: new Collection({ schema: disputeSchema }),
  caseJournals: new Collection({ schema: caseJournalRecordSchema }),
};

export interface DbRecords {
  accounts: AccountRecord[];
  establishments: EstablishmentRecord[];
  disputes: Dispute[];
  caseJournals: CaseJournalRecord[];
}

export type CollectionName = keyof DbRecords;

/** The field that names a record in each collection: what persistence keys it by. */
export const recordKeys = {
  accounts: 'identifiant',
  establishments: 'numeroCommercant',
  disputes: 'numeroDossier',
  caseJournals: 'numeroDossier',
} as const satisfies { [Name in CollectionName]: keyof DbRecords[Name][number] };

export const collectionNames = Object.keys(recordKeys) as CollectionName[];

/**
 * Deletes every record, each with its `delete` hook. `Collection.clear()` skips every other
 * record's hook (it removes records from the list it walks), so persistence and the deadline
 * index would keep half the old records. From the front, each delete finds its record at once.
 */
export function emptyCollection<Item>(collection: {
  all(): Item[];
  delete(record: Item): unknown;
}): void {
  for (const record of [...collection.all()]) collection.delete(record);
}

export async function fillDb(records: DbRecords): Promise<void> {
  emptyCollection(db.accounts);
  emptyCollection(db.establishments);
  emptyCollection(db.disputes);
  emptyCollection(db.caseJournals);
  await Promise.all(records.accounts.map((record) => db.accounts.create(record)));
  await Promise.all(records.establishments.map((record) => db.establishments.create(record)));
  await Promise.all(records.disputes.map((record) => db.disputes.create(record)));
  await Promise.all(records.caseJournals.map((record) => db.caseJournals.create(record)));
}

export async function resetDb(): Promise<void> {
  const disputes = demoDisputes(parisToday());
  await fillDb({
    accounts: structuredClone(demoAccounts),
    establishments: structuredClone(demoEstablishments),
    disputes,
    caseJournals: answeredCaseJournals(disputes, DEMO_DISPUTES_OWNER),
  });
}

export type DbChange =
  | { collection: CollectionName; key: string; record: object }
  | { collection: CollectionName; key: string; record: null };

/**
 * Calls `listener` with each record created, updated or deleted, as it happens: what the
 * browser's server persists, one change at a time, instead of the whole database.
 */
export function onDbChange(listener: (change: DbChange) => void): void {
  for (const collection of collectionNames) {
    const field = recordKeys[collection];
    const keyOf = (record: object) => String((record as Record<string, unknown>)[field]);
    const hooks = db[collection].hooks;
    hooks.on('create', ({ data }) =>
      listener({ collection, key: keyOf(data.record), record: data.record }),
    );
    hooks.on('update', ({ data }) =>
      listener({ collection, key: keyOf(data.nextRecord), record: data.nextRecord }),
    );
    hooks.on('delete', ({ data }) =>
      listener({ collection, key: keyOf(data.deletedRecord), record: null }),
    );
  }
}
