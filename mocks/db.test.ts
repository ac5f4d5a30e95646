import { describe, expect, it } from 'vitest';
import { db, resetDb } from './db';
import { useScenarios } from './testing';

describe('mock database', () => {
  it('reports the deletion of every record a reset replaces, so none outlives it', async () => {
    await useScenarios('nombreux-litiges');
    const before = db.disputes.count();
    const deleted = new Set<string>();
    const listening = new AbortController();
    db.disputes.hooks.on('delete', ({ data }) => deleted.add(data.deletedRecord.numeroDossier), {
      signal: listening.signal,
    });
    await resetDb();
    listening.abort();
    expect(before).toBe(5000);
    expect(deleted.size).toBe(before);
  });
});
