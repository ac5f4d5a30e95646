import { formatDate, formatTime } from '@/lib/format';
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

export function emailPasswordResetLink(account: AccountRecord, link: string): SentEmail {
  return send(
    'mot-de-passe-lien',
    account.email,
    'Choisissez un nouveau mot de passe',
    `Bonjour ${account.prenom} ${account.nom},\n\nVous avez demandé à changer le mot de passe de votre compte commerçant en ligne (identifiant : ${account.identifiant}). Ouvrez ce lien pour en choisir un nouveau ; il fonctionne une seule fois, pendant 30 minutes :\n\n${link}\n\nVous n’avez rien demandé ? Ignorez cet e-mail : votre mot de passe actuel reste valable.`,
  );
}

export function emailPasswordChanged(account: AccountRecord): SentEmail {
  const at = new Date(now());
  return send(
    'mot-de-passe-modifie',
    account.email,
    'Votre mot de passe a été modifié',
    `Bonjour ${account.prenom} ${account.nom},\n\nLe mot de passe de votre compte commerçant en ligne (identifiant : ${account.identifiant}) a été modifié le ${formatDate(at, 'fr')} à ${formatTime(at, 'fr')}. Par sécurité, toutes les sessions ouvertes sur ce compte ont été fermées.\n\nVous n’êtes pas à l’origine de ce changement ? Appelez-nous sans attendre.`,
  );
}

export function emailIdentifiantReminder(
  account: AccountRecord,
  establishment: string,
  loginLink: string,
): SentEmail {
  return send(
    'identifiant-rappel',
    account.email,
    'Votre identifiant',
    `Bonjour ${account.prenom} ${account.nom},\n\nVous avez demandé l’identifiant de votre compte commerçant en ligne pour ${establishment} (numéro de commerçant ${account.numeroCommercant}).\n\nVotre identifiant : ${account.identifiant}\n\nPour vous connecter : ${loginLink}\nMot de passe oublié ? Utilisez le lien « Mot de passe oublié ? » de la page de connexion.`,
  );
}
