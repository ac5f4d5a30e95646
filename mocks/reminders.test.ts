import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './db';
import { sendDueReminders } from './reminders';
import { resetMockBackend } from './reset';
import { serverState } from './server-state';
import { logInAs, setMockClock } from './testing';

const ORIGIN = 'http://localhost:5173';

function api(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== 'GET') {
    headers.set('X-CSRF-Token', serverState.session?.csrfToken ?? '');
    headers.set('Content-Type', 'application/json');
  }
  return fetch(new URL(`/api${path}`, location.href), { ...init, headers });
}

/** Marie's case still to answer whose deadline is `day`: the demo data has one on each such day. */
function caseDueOn(day: string): string {
  const found = db.disputes.findFirst((q) =>
    q.where({ dateLimiteReponse: day, statut: 'reponse-requise' }),
  );
  if (!found) throw new Error(`No case due on ${day} in the demo data`);
  return found.numeroDossier;
}

/** The reminders sent so far, oldest first, by the case they name. */
function reminders() {
  return serverState.emails
    .filter((email) => email.kind === 'rappel-echeance')
    .reverse()
    .map((email) => ({
      caseNumber: /LT-\d{4}-\d{6}/.exec(email.body)?.[0],
      to: email.to,
      subject: email.subject,
    }));
}

/** The mock clock moves to `parisLocal` and the server's job runs, as on the day's first request. */
function clockAt(parisLocal: string) {
  setMockClock(parisLocal);
  sendDueReminders(ORIGIN);
}

/** The nearest reminder the server sent for a case, in days before its deadline. */
const stageOf = (caseNumber: string) => serverState.reminders.sent[caseNumber]?.joursAvant;

describe('reminders before a dispute’s deadline, on the mock clock', () => {
  // Marie's demo cases to answer are due on the 1st, 2nd, 3rd, 4th, 7th, 10th, 14th … December.
  beforeEach(async () => {
    setMockClock('2026-12-01T09:00');
    await resetMockBackend();
    // The server's first run on fresh data only starts counting.
    sendDueReminders(ORIGIN);
  });

  it('sends nothing on the day the data starts: earlier days’ reminders were theirs', () => {
    expect(reminders()).toEqual([]);
  });

  it('reminds 5 days before, with the case, the amount, the Paris deadline and a link', () => {
    const due7 = caseDueOn('2026-12-07');
    clockAt('2026-12-02T08:00');
    const sent = reminders().find((reminder) => reminder.caseNumber === due7);
    expect(sent).toEqual({
      caseNumber: due7,
      to: 'marie.durand@boulangerie-durand.fr',
      subject: 'Rappel\u00a0: réponse attendue avant le 07/12/2026',
    });
    expect(stageOf(due7)).toBe(5);

    const email = serverState.emails.find((candidate) => candidate.body.includes(due7));
    const dispute = db.disputes.findFirst((q) => q.where({ numeroDossier: due7 }));
    const amount = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(
      (dispute?.montantConteste ?? 0) / 100,
    );
    expect(email?.body).toContain('Bonjour Marie Durand');
    expect(email?.body).toContain(`Montant contesté\u00a0: ${amount}`);
    expect(email?.body).toContain(
      'Date limite de réponse\u00a0: 07/12/2026 à 23\u00a0h\u00a059 (heure de Paris)',
    );
    expect(email?.body).toContain(`${ORIGIN}/litiges/${due7}\n`);
  });

  it('reminds 1 day before, after the 5-day reminder', () => {
    const due7 = caseDueOn('2026-12-07');
    clockAt('2026-12-02T08:00');
    clockAt('2026-12-06T08:00');
    expect(reminders().filter((reminder) => reminder.caseNumber === due7)).toHaveLength(2);
    expect(stageOf(due7)).toBe(1);
  });

  it('sends each reminder once: the same day again, later days, the clock moved back and forth', () => {
    clockAt('2026-12-02T08:00');
    const first = reminders();
    expect(first.map((reminder) => reminder.caseNumber)).toEqual([
      caseDueOn('2026-12-07'),
      caseDueOn('2026-12-03'),
    ]);
    clockAt('2026-12-02T17:00');
    expect(reminders()).toEqual(first);
    clockAt('2026-12-01T09:00');
    clockAt('2026-12-02T08:00');
    expect(reminders()).toEqual(first);
    clockAt('2026-12-03T08:00');
    // The 3rd: the case due on the 4th (1 day) only; the others already had theirs.
    expect(
      reminders()
        .slice(first.length)
        .map((reminder) => reminder.caseNumber),
    ).toEqual([caseDueOn('2026-12-04')]);
  });

  it('sends only the latest reminder due when the clock jumps over their days', () => {
    const due7 = caseDueOn('2026-12-07');
    const due10 = caseDueOn('2026-12-10');
    // From the 1st to the 6th: the 7th's 5-day (2nd) and 1-day (6th) days are both passed over.
    clockAt('2026-12-06T10:00');
    const cases = reminders().map((reminder) => reminder.caseNumber);
    expect(cases.filter((caseNumber) => caseNumber === due7)).toHaveLength(1);
    expect(stageOf(due7)).toBe(1);
    // The 10th's 5-day day (the 5th) was passed over too: sent late, once.
    expect(cases.filter((caseNumber) => caseNumber === due10)).toHaveLength(1);
    expect(stageOf(due10)).toBe(5);
    // Deadlines already past on the 6th (2nd, 3rd, 4th) get nothing.
    for (const day of ['2026-12-02', '2026-12-03', '2026-12-04']) {
      expect(cases).not.toContain(caseDueOn(day));
    }
    clockAt('2026-12-07T10:00');
    expect(reminders().filter((reminder) => reminder.caseNumber === due7)).toHaveLength(1);
  });

  it('sends none for a case answered before its reminder', async () => {
    const due7 = caseDueOn('2026-12-07');
    logInAs('marie.durand');
    const accepted = await api(`/litiges/${due7}/acceptation`, {
      method: 'POST',
      body: JSON.stringify({}),
    });
    expect(accepted.status).toBe(200);
    clockAt('2026-12-02T08:00');
    expect(reminders().map((reminder) => reminder.caseNumber)).toEqual([caseDueOn('2026-12-03')]);
  });

  it('sends none once the merchant switched the reminders off', async () => {
    logInAs('marie.durand');
    const saved = await api('/compte/notifications', {
      method: 'PUT',
      body: JSON.stringify({
        ouverture: true,
        miseAJour: true,
        rappels: false,
        email: 'marie.durand@boulangerie-durand.fr',
      }),
    });
    expect(saved.status).toBe(200);
    clockAt('2026-12-02T08:00');
    clockAt('2026-12-06T08:00');
    expect(reminders()).toEqual([]);
  });

  it('sends none to a merchant not subscribed to online dispute management', async () => {
    await db.accounts.update((q) => q.where({ identifiant: 'marie.durand' }), {
      data(account) {
        account.gestionLitiges = false;
      },
    });
    clockAt('2026-12-02T08:00');
    expect(reminders()).toEqual([]);
  });

  it('runs on the first request of a new day, to the notification address, in the account’s language', async () => {
    await db.accounts.update((q) => q.where({ identifiant: 'marie.durand' }), {
      data(account) {
        account.langue = 'en';
        account.notifications.email = 'litiges@boulangerie-durand.fr';
      },
    });
    setMockClock('2026-12-02T08:00');
    expect(reminders()).toEqual([]);
    expect((await api('/session')).status).toBe(200);
    const due7 = caseDueOn('2026-12-07');
    expect(reminders()[0]).toEqual({
      caseNumber: due7,
      to: 'litiges@boulangerie-durand.fr',
      subject: 'Reminder: response due by 07/12/2026',
    });
    const email = serverState.emails.find((candidate) => candidate.body.includes(due7));
    expect(email?.body).toContain('Response deadline: 07/12/2026 at 23:59 (Paris time)');
    expect(email?.body).toContain(`/litiges/${due7}\n`);
  });
});
