import type { Dispute } from '@/features/disputes/api/contract';
import { db } from './db';

/*
 * The cases still to answer, by deadline day, kept as the collection changes: the reminders job
 * reads the next few days' cases instead of going through all of them (5,000 in a scenario).
 */
const byDeadline = new Map<string, Map<string, Dispute>>();

function remove(dispute: Dispute): void {
  const day = byDeadline.get(dispute.dateLimiteReponse);
  day?.delete(dispute.numeroDossier);
  if (day?.size === 0) byDeadline.delete(dispute.dateLimiteReponse);
}

function add(dispute: Dispute): void {
  if (dispute.statut !== 'reponse-requise') return;
  let day = byDeadline.get(dispute.dateLimiteReponse);
  if (!day) {
    day = new Map();
    byDeadline.set(dispute.dateLimiteReponse, day);
  }
  day.set(dispute.numeroDossier, dispute);
}

db.disputes.hooks.on('create', ({ data }) => add(data.record));
db.disputes.hooks.on('update', ({ data }) => {
  remove(data.prevRecord);
  add(data.nextRecord);
});
db.disputes.hooks.on('delete', ({ data }) => remove(data.deletedRecord));

/** The cases awaiting an answer whose deadline is `day` ("YYYY-MM-DD"). */
export function unansweredDueOn(day: string): Dispute[] {
  return [...(byDeadline.get(day)?.values() ?? [])];
}
