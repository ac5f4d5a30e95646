import { disputeCaseHref } from '@/features/disputes/list-links';
import { db } from './db';
import { unansweredDueOn } from './deadline-index';
import { emailDeadlineReminder } from './emails';
import { addDaysYmd } from './lib/paris-time';
import { parisToday } from './lib/today';
import type { AccountRecord } from './records';
import { serverState } from './server-state';

/** Days before a case's deadline its reminders go out, farthest first. */
export const REMINDER_DAYS = [5, 1] as const;

const FARTHEST = REMINDER_DAYS[0];

/** The online accounts of an establishment that want reminders. */
function recipients(numeroCommercant: string): AccountRecord[] {
  return db.accounts
    .findMany((q) => q.where({ numeroCommercant }))
    .filter((account) => account.gestionLitiges && account.notifications.rappels);
}

/**
 * The server's daily job: « Rappel : réponse attendue avant le … » for each case still to answer,
 * 5 days and 1 day before its deadline. It runs once per Paris day of the mock clock, on the
 * first request of that day (a moved clock included), so any other request costs one comparison.
 * When the clock jumps over a reminder's day, that reminder still goes out, once, and only the
 * latest one due: never the 5-day one and the 1-day one together. Reminders due on or before the
 * day the job first runs (fresh data) were earlier days' business and are not sent.
 * `appOrigin` is where the e-mail's link to the case points.
 */
export function sendDueReminders(appOrigin: string): void {
  const today = parisToday();
  const state = serverState.reminders;
  if (state.day === today) return;
  const since = state.day;
  state.day = today;
  // Past deadlines take no reminder any more: what was sent for them is forgotten.
  state.sent = Object.fromEntries(
    Object.entries(state.sent).filter(([, sent]) => sent.echeance >= today),
  );
  // A first run only starts counting; a clock moved back has no new day to catch up on.
  if (since === null || since > today) return;

  // Farthest deadline first: the e-mails list is newest first, so the most urgent ends on top.
  for (let left = FARTHEST; left >= 0; left -= 1) {
    const deadline = addDaysYmd(today, left);
    // The nearest reminder whose day is after the last run and not after today.
    const due = REMINDER_DAYS.filter(
      (days) => days >= left && addDaysYmd(deadline, -days) > since,
    ).at(-1);
    if (due === undefined) continue;
    for (const dispute of unansweredDueOn(deadline)) {
      const sent = state.sent[dispute.numeroDossier];
      if (sent && sent.joursAvant <= due) continue;
      const accounts = recipients(dispute.numeroCommercant);
      if (accounts.length === 0) continue;
      const link = new URL(disputeCaseHref(dispute.numeroDossier), appOrigin).href;
      for (const account of accounts) emailDeadlineReminder(account, dispute, link);
      state.sent[dispute.numeroDossier] = { joursAvant: due, echeance: deadline };
    }
  }
}
