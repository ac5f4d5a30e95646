import { collectionNames, recordKeys, type CollectionName, type DbRecords } from '../db';

const DATABASE = 'espace-commercant:serveur-simule';
// 2: the cases' journals.
const VERSION = 2;
const SERVER_STORE = 'serveur';

export interface Saved {
  records: DbRecords;
  /** What the server keeps beside its database (session, throttling, e-mails, QA settings). */
  server: Map<string, unknown>;
}

/** One write: the records that changed (null: deleted) and the server entries that changed. */
export interface Write {
  changes: { collection: CollectionName; key: string; record: object | null }[];
  server: [string, unknown][];
}

function done(request: IDBRequest | IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    if ('oncomplete' in request) {
      request.oncomplete = () => resolve();
      request.onabort = () => reject(request.error ?? new Error('IndexedDB transaction aborted'));
    } else {
      request.onsuccess = () => resolve();
    }
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function value<T>(request: IDBRequest<T>): Promise<T> {
  return done(request).then(() => request.result);
}

/**
 * The browser's mock server keeps its data in IndexedDB: no size limit (5,000 disputes fit),
 * and each change is written as itself, one record, in the server worker, off the page.
 */
export async function openStore() {
  const opening = indexedDB.open(DATABASE, VERSION);
  // An older profile keeps its stores and gains the new ones: nobody starts again.
  opening.onupgradeneeded = () => {
    const created = opening.result.objectStoreNames;
    for (const name of collectionNames) {
      if (!created.contains(name)) {
        opening.result.createObjectStore(name, { keyPath: recordKeys[name] });
      }
    }
    if (!created.contains(SERVER_STORE)) opening.result.createObjectStore(SERVER_STORE);
  };
  const database = await value(opening);
  const stores = [...collectionNames, SERVER_STORE];

  return {
    /** What an earlier visit left, or null on a first visit. */
    async load(): Promise<Saved | null> {
      const transaction = database.transaction(stores, 'readonly');
      const server = transaction.objectStore(SERVER_STORE);
      const [keys, entries, ...collections] = await Promise.all([
        value(server.getAllKeys()),
        value(server.getAll()),
        ...collectionNames.map((name) => value(transaction.objectStore(name).getAll())),
      ]);
      if (keys.length === 0) return null;
      const records = Object.fromEntries(
        collectionNames.map((name, index) => [name, collections[index] ?? []]),
      ) as unknown as DbRecords;
      return { records, server: new Map(keys.map((key, index) => [String(key), entries[index]])) };
    },

    async write({ changes, server }: Write): Promise<void> {
      // Relaxed: no disk flush per write (a demo server may lose the last change in a power cut).
      const transaction = database.transaction(stores, 'readwrite', { durability: 'relaxed' });
      for (const { collection, key, record } of changes) {
        const store = transaction.objectStore(collection);
        if (record) store.put(record);
        else store.delete(key);
      }
      const serverStore = transaction.objectStore(SERVER_STORE);
      for (const [key, entry] of server) serverStore.put(entry, key);
      await done(transaction);
    },
  };
}

export type Store = Awaited<ReturnType<typeof openStore>>;
