import { now } from './clock';
import type { AccountRecord } from './records';
import { newToken, serverState, type SentEmail } from './server-state';

const SIGNATURE =
  '\n\nL’équipe Espace commerçant\nService client : 01 47 77 75 75, du lundi au vendredi de 9 h 00 à 18 h 30.';

function send(kind: SentEmail['kind'], to: string, subject: string, body: string): SentEmail {
  const email = {
    id: newToken(),
    kind,
    to,
    subject,
    body: body + SIGNATURE,
    sentAt: new Date(now()).toISOString(),
  };
  serverState.emails.unshift(email);
  return email;
}

export function emailAccountCreated(account: AccountRecord, establishment: string): SentEmail {
  return send(
    'compte-cree',
    account.email,
    'Votre compte commerçant en ligne est créé',
    `Bonjour ${account.prenom} ${account.nom},\n\nVotre compte en ligne pour ${establishment} est créé. Votre identifiant : ${account.identifiant}.` +
      (account.gestionLitiges
        ? '\n\nVous avez souscrit à la gestion des litiges en ligne : vos avis de litiges ne vous parviendront plus par voie postale. Consultez régulièrement votre compte.'
        : '\n\nVous pouvez souscrire à la gestion des litiges en ligne depuis la page récapitulative de votre compte.'),
  );
}

export function emailDisputeToolActivated(account: AccountRecord): SentEmail {
  return send(
    'litiges-actives',
    account.notifications.email || account.email,
    'La gestion des litiges en ligne est activée',
    `Bonjour ${account.prenom} ${account.nom},\n\nLa gestion des litiges en ligne est activée. Dès à présent, vos avis de litiges ne vous parviendront plus par voie postale : ils seront uniquement présents sur votre compte en ligne. Veillez à le consulter régulièrement.`,
  );
}

/** Sent only when the merchant kept the matching notification on. */
export function emailDisputeEvent(
  account: AccountRecord,
  event: 'ouverture' | 'miseAJour',
  caseNumber: string,
  detail: string,
): SentEmail | null {
  if (!account.gestionLitiges || !account.notifications[event]) return null;
  const opened = event === 'ouverture';
  return send(
    opened ? 'litige-ouvert' : 'litige-mis-a-jour',
    account.notifications.email || account.email,
    opened ? `Nouveau litige ${caseNumber}` : `Mise à jour du litige ${caseNumber}`,
    `Bonjour ${account.prenom} ${account.nom},\n\n${detail}\n\nRetrouvez le dossier ${caseNumber} dans votre espace, rubrique Litiges.`,
  );
}
