import { describe, expect, it } from 'vitest';
import { now } from '../clock';
import { db, onDbChange, type DbChange } from '../db';
import { currentSession, IDLE_TIMEOUT_SECONDS } from '../http';
import { logInAs } from '../testing';
import { serverState } from '../server-state';
import { boot } from './controls';

const noParams = { scenarios: null, clock: null, as: null, latencyMs: null };

/** A copy of marie.durand's account under another identifiant: an account only this test has. */
function extraAccount(identifiant: string) {
  const [account] = db.accounts.all();
  if (!account) throw new Error('the demo data has accounts');
  return { ...structuredClone(account), identifiant };
}

describe('the mock server’s QA controls', () => {
  it('a data scenario applied while logged in keeps the merchant logged in, with the new data', async () => {
    logInAs('marie.durand');
    const token = serverState.session?.csrfToken;
    const status = await boot({ ...noParams, scenarios: ['nombreux-litiges'] });
    expect(status).toMatchObject({ scenarios: ['nombreux-litiges'], sessionEnded: null });
    expect(db.disputes.count()).toBeGreaterThanOrEqual(5000);
    expect(currentSession()).toMatchObject({ identifiant: 'marie.durand', csrfToken: token });
  });

  it('says whose session ended when the new data lacks the account', async () => {
    await db.accounts.create(extraAccount('claire.dubois'));
    logInAs('claire.dubois');
    const status = await boot({ ...noParams, scenarios: ['aucun-litige'] });
    expect(status.sessionEnded).toBe('claire.dubois');
    expect(currentSession()?.identifiant ?? null).toBeNull();
  });

  it('a scenario that logs someone in wins over the current session', async () => {
    logInAs('marie.durand');
    await boot({ ...noParams, scenarios: ['nouveau-commercant'] });
    expect(currentSession()?.identifiant).toBe('paul.lefebvre');
  });

  it('moving the clock days ahead is not idle time', async () => {
    logInAs('marie.durand');
    const status = await boot({ ...noParams, clock: '2031-06-02T10:00' });
    expect(status.clock).toBe('2031-06-02T10:00');
    expect(new Date(now()).getUTCFullYear()).toBe(2031);
    expect(currentSession()?.identifiant).toBe('marie.durand');
    await boot({ ...noParams, clock: 'reelle' });
    expect(currentSession()?.identifiant).toBe('marie.durand');
  });

  it('idle time still ends the session', () => {
    logInAs('marie.durand');
    if (serverState.session) serverState.session.lastSeen = now() - IDLE_TIMEOUT_SECONDS * 1000 - 1;
    expect(currentSession()?.identifiant).toBeNull();
  });

  it('an unchanged scenario keeps the data as it is', async () => {
    await boot({ ...noParams, scenarios: ['etablissement-deja-inscrit'] });
    const accounts = db.accounts.count();
    await db.accounts.create(extraAccount('claire.dubois'));
    await boot({ ...noParams, scenarios: ['etablissement-deja-inscrit'] });
    expect(db.accounts.count()).toBe(accounts + 1);
  });
});

describe('changes to the database', () => {
  it('are reported one record at a time, for what the browser’s server persists', async () => {
    const changes: DbChange[] = [];
    onDbChange((change) => changes.push(change));
    await db.accounts.update((q) => q.where({ identifiant: 'marie.durand' }), {
      data(account) {
        account.prenom = 'Maria';
      },
    });
    db.establishments.delete((q) => q.where({ numeroCommercant: '9400000045' }));
    expect(
      changes.map(({ collection, key, record }) => [collection, key, record !== null]),
    ).toEqual([
      ['accounts', 'marie.durand', true],
      ['establishments', '9400000045', false],
    ]);
  });
});
