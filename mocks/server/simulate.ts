import { now } from '../clock';
import { db } from '../db';
import { emailDisputeEvent } from '../emails';
import { generateDisputes, RESPONSE_DAYS } from '../fixtures/disputes';
import { findAccount } from '../http';
import { addDaysYmd } from '../lib/paris-time';
import { parisToday } from '../lib/today';
import { serverState } from '../server-state';

/**
 * « Un nouveau litige » or « une mise à jour de litige » for the logged-in merchant, as the
 * network would send them, with the e-mail their notification settings call for.
 * Returns the i18n key of what happened.
 */
export async function simulateDisputeEvent(event: 'ouverture' | 'miseAJour'): Promise<string> {
  const identifiant = serverState.session?.identifiant;
  const account = identifiant ? findAccount(identifiant) : undefined;
  if (!account?.gestionLitiges) return 'devtools:data.needsSubscriber';
  const today = parisToday();
  const stamp = new Date(now()).toISOString();

  if (event === 'ouverture') {
    const [template] = generateDisputes({
      count: 1,
      seed: now() % 1_000_000,
      today,
      merchantNumber: account.numeroCommercant,
    });
    if (!template) return 'devtools:data.failed';
    const sequence = String(900_000 + db.disputes.count()).padStart(6, '0');
    const numeroDossier = `LT-${today.slice(0, 4)}-${sequence}`;
    await db.disputes.create({
      ...template,
      numeroDossier,
      statut: 'reponse-requise',
      dateTransaction: addDaysYmd(today, -12),
      dateOuverture: today,
      dateLimiteReponse: addDaysYmd(today, RESPONSE_DAYS[template.type]),
      historique: [{ type: 'ouverture', date: stamp }],
      documents: [],
      reponseCommercant: null,
    });
    emailDisputeEvent(account, 'ouverture', numeroDossier, {
      fr: 'Un nouveau litige a été ouvert sur votre établissement. Une réponse est requise.',
      en: 'A new dispute has been opened on your establishment. A response is required.',
    });
  } else {
    const inReview = db.disputes.findFirst((q) =>
      q.where({ numeroCommercant: account.numeroCommercant, statut: 'en-cours-examen' }),
    );
    if (!inReview) return 'devtools:data.nothingToUpdate';
    await db.disputes.update(inReview, {
      data(dispute) {
        dispute.statut = 'clos-en-votre-faveur';
        dispute.historique.push({ type: 'decision-en-votre-faveur', date: stamp });
      },
    });
    emailDisputeEvent(account, 'miseAJour', inReview.numeroDossier, {
      fr: 'Le litige a été clos en votre faveur.',
      en: 'The dispute was closed in your favour.',
    });
  }
  return event === 'ouverture' ? 'devtools:data.newDisputeDone' : 'devtools:data.updateDisputeDone';
}
