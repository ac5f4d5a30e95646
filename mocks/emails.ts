import type { Dispute } from '@/features/disputes/api/contract';
import { formatAmount, formatDate, formatTime } from '@/lib/format';
import { now } from './clock';
import { mailServerDown } from './scenarios/active';
import { parisLocalToInstant } from './lib/paris-time';
import type { AccountLanguage, AccountRecord } from './records';
import { newToken, serverState, type SentEmail } from './server-state';

/** A text in each language an account can have; e-mails go out in the account's. */
export type Localized = Record<AccountLanguage, string>;

// Same typography as the app's texts: no-break spaces before « : » and inside numbers and times.
const SIGNATURE: Localized = {
  fr: '\n\nL’équipe Espace commerçant\nService client\u00a0: 01\u00a047\u00a077\u00a075\u00a075, du lundi au vendredi de 9\u00a0h\u00a000 à 18\u00a0h\u00a030 (heure de Paris).',
  en: '\n\nThe Merchant area team\nCustomer service: +33\u00a01\u00a047\u00a077\u00a075\u00a075, Monday to Friday, 09:00 to 18:30 (Paris time).',
};

function send(
  kind: SentEmail['kind'],
  to: string,
  subject: string,
  body: string,
  langue: AccountLanguage = 'fr',
): SentEmail {
  const email = {
    id: newToken(),
    kind,
    to,
    subject,
    body: body + SIGNATURE[langue],
    sentAt: new Date(now()).toISOString(),
  };
  // A mail server that is down loses the e-mail; the change it told of stands.
  if (!mailServerDown()) serverState.emails.unshift(email);
  return email;
}

const hello = (account: AccountRecord): Localized => ({
  fr: `Bonjour ${account.prenom} ${account.nom},\n\n`,
  en: `Hello ${account.prenom} ${account.nom},\n\n`,
});

export function emailAccountCreated(account: AccountRecord, establishment: string): SentEmail {
  const { langue } = account;
  const subject: Localized = {
    fr: 'Votre compte commerçant en ligne est créé',
    en: 'Your online merchant account has been created',
  };
  const created: Localized = {
    fr: `Votre compte en ligne pour ${establishment} est créé. Votre identifiant\u00a0: ${account.identifiant}.`,
    en: `Your online account for ${establishment} has been created. Your user ID: ${account.identifiant}.`,
  };
  const disputes: Localized = account.gestionLitiges
    ? {
        fr: 'Vous avez souscrit à la gestion des litiges en ligne\u00a0: vos avis de litiges ne vous parviendront plus par voie postale. Consultez régulièrement votre compte.',
        en: 'You have subscribed to online dispute management: dispute notices will no longer come by post. Check your account regularly.',
      }
    : {
        fr: 'Vous pouvez souscrire à la gestion des litiges en ligne depuis la page récapitulative de votre compte.',
        en: 'You can subscribe to online dispute management from your account summary page.',
      };
  return send(
    'compte-cree',
    account.email,
    subject[langue],
    `${hello(account)[langue]}${created[langue]}\n\n${disputes[langue]}`,
    langue,
  );
}

export function emailDisputeToolActivated(account: AccountRecord): SentEmail {
  const { langue } = account;
  const subject: Localized = {
    fr: 'La gestion des litiges en ligne est activée',
    en: 'Online dispute management is active',
  };
  const body: Localized = {
    fr: 'La gestion des litiges en ligne est activée. Dès à présent, vos avis de litiges ne vous parviendront plus par voie postale\u00a0: ils seront uniquement présents sur votre compte en ligne. Veillez à le consulter régulièrement.',
    en: 'Online dispute management is active. From now on, dispute notices will no longer come by post: they will only be in your online account. Make sure you check it regularly.',
  };
  return send(
    'litiges-actives',
    account.notifications.email || account.email,
    subject[langue],
    hello(account)[langue] + body[langue],
    langue,
  );
}

/** Sent only when the merchant kept the matching notification on. */
export function emailDisputeEvent(
  account: AccountRecord,
  event: 'ouverture' | 'miseAJour',
  caseNumber: string,
  detail: Localized,
): SentEmail | null {
  if (!account.gestionLitiges || !account.notifications[event]) return null;
  const { langue } = account;
  const opened = event === 'ouverture';
  const subject: Localized = opened
    ? { fr: `Nouveau litige ${caseNumber}`, en: `New dispute ${caseNumber}` }
    : { fr: `Mise à jour du litige ${caseNumber}`, en: `Dispute ${caseNumber} updated` };
  const findIt: Localized = {
    fr: `Retrouvez le dossier ${caseNumber} dans votre espace commerçant, rubrique «\u00a0Litiges\u00a0».`,
    en: `Find case ${caseNumber} in your merchant area, under “Disputes”.`,
  };
  return send(
    opened ? 'litige-ouvert' : 'litige-mis-a-jour',
    account.notifications.email || account.email,
    subject[langue],
    `${hello(account)[langue]}${detail[langue]}\n\n${findIt[langue]}`,
    langue,
  );
}

/**
 * « Rappel : réponse attendue avant le … » for a case still to answer. The caller checks the
 * subscription and the reminder setting (`mocks/reminders.ts`); `link` opens the case.
 */
export function emailDeadlineReminder(
  account: AccountRecord,
  dispute: Pick<Dispute, 'numeroDossier' | 'montantConteste' | 'dateLimiteReponse'>,
  link: string,
): SentEmail {
  const { langue } = account;
  // The deadline day still takes an answer: its last minute, in Paris, where the network works.
  const lastMinute = parisLocalToInstant(`${dispute.dateLimiteReponse}T23:59`);
  const date = formatDate(lastMinute, langue);
  const time = formatTime(lastMinute, langue);
  const amount = formatAmount(dispute.montantConteste, langue);
  const caseNumber = dispute.numeroDossier;
  const subject: Localized = {
    fr: `Rappel\u00a0: réponse attendue avant le ${date}`,
    en: `Reminder: response due by ${date}`,
  };
  const body: Localized = {
    fr: `Le litige ${caseNumber} attend votre réponse.\n\nNuméro de dossier\u00a0: ${caseNumber}\nMontant contesté\u00a0: ${amount}\nDate limite de réponse\u00a0: ${date} à ${time} (heure de Paris)\n\nAcceptez ou contestez ce litige depuis votre espace commerçant\u00a0:\n${link}`,
    en: `Case ${caseNumber} is awaiting your response.\n\nCase number: ${caseNumber}\nDisputed amount: ${amount}\nResponse deadline: ${date} at ${time} (Paris time)\n\nAccept or contest this dispute in your merchant area:\n${link}`,
  };
  return send(
    'rappel-echeance',
    account.notifications.email || account.email,
    subject[langue],
    hello(account)[langue] + body[langue],
    langue,
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
