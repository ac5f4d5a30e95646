import { describe, expect, it } from 'vitest';
import { db, resetDb } from './db';
import { useScenarios } from './testing';

/** What a listener of the changes (persistence, the deadline index) believes is there. */
function followDisputes() {
  const known = new Set(db.disputes.all().map((dispute) => dispute.numeroDossier));
  const listening = new AbortController();
  const { signal } = listening;
  db.disputes.hooks.on('create', ({ data }) => known.add(data.record.numeroDossier), { signal });
  db.disputes.hooks.on('delete', ({ data }) => known.delete(data.deletedRecord.numeroDossier), {
    signal,
  });
  return {
    known,
    stop: () => listening.abort(),
  };
}

describe('mock database', () => {
  it('reports the deletion of every record a reset replaces, so none outlives it', async () => {
    await useScenarios('nombreux-litiges');
    expect(db.disputes.count()).toBe(5000);
    const followed = followDisputes();
    await resetDb();
    followed.stop();
    const kept = new Set(db.disputes.all().map((dispute) => dispute.numeroDossier));
    expect(followed.known).toEqual(kept);
  });

  it('reports every dispute the « aucun-litige » scenario deletes: none is left behind', async () => {
    const followed = followDisputes();
    await useScenarios('aucun-litige');
    followed.stop();
    expect(db.disputes.count()).toBe(0);
    expect([...followed.known]).toEqual([]);
  });
});
