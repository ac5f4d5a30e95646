import {
  chatClientMessageSchema,
  chatConnectionParamsSchema,
  type ChatLanguage,
  type ChatServerMessage,
} from '@/features/contact/api/contract';
import { now } from '../clock';
import { currentSession, findAccount } from '../http';
import { toParisIso } from '../lib/paris-time';
import { chatStatus, chatUnreachable } from '../lib/support-availability';
import type { AccountRecord } from '../records';
import { scenarioFailure } from '../scenarios/active';

const ADVISER = 'Camille';
// Long enough in the browser to read « Le conseiller écrit… »; short in tests.
const TYPING_DELAY_MS = import.meta.env.MODE === 'test' ? 5 : 400;
const REPLY_DELAY_MS = import.meta.env.MODE === 'test' ? 200 : 1500;

/** One chat connection as the server sees it, whether MSW or the page hands it over. */
export interface ChatClient {
  readonly url: string;
  send(data: string): void;
  close(code: number, reason: string): void;
  onMessage(listener: (data: string) => void): void;
  onClose(listener: () => void): void;
}

type Client = ChatClient;

interface Conversation {
  account: AccountRecord;
  /** The latest connection: a reconnected client gets the answers to what it sent before. */
  client: Client;
  connected: boolean;
  /** Client message ids already answered: a message sent again after a reconnection is not. */
  received: Set<string>;
  /** Answers ready while the client was away. */
  outbox: ChatServerMessage[];
}

const conversations = new Map<string, Conversation>();
let nextId = 1;

function deliver(conversation: Conversation, message: ChatServerMessage): void {
  if (conversation.connected) {
    conversation.client.send(JSON.stringify(message));
  } else if (message.type === 'message') {
    conversation.outbox.push(message);
  }
}

function adviserMessage(texte: string): ChatServerMessage {
  nextId += 1;
  return {
    type: 'message',
    id: `conseiller-${nextId}`,
    conseiller: ADVISER,
    texte,
    envoyeA: toParisIso(new Date(now())),
  };
}

/** Exported for the typography test. */
export function greeting(account: AccountRecord, langue: ChatLanguage): string {
  const name = `${account.prenom} ${account.nom}`;
  return langue === 'en'
    ? `Hello ${name}, I am ${ADVISER} from customer service. How can I help you?`
    : `Bonjour ${name}, je suis ${ADVISER}, du service client. Comment puis-je vous aider\u00a0?`;
}

const ANSWERS: { match: RegExp; fr: string; en: string }[] = [
  {
    match: /litige|contest|dispute|chargeback|débit/i,
    fr: 'Vos litiges sont dans la rubrique «\u00a0Litiges\u00a0» de votre compte en ligne. Pour chacun, vous pouvez l’accepter ou le contester avant la date limite de réponse, en joignant vos pièces justificatives.',
    en: 'Your disputes are in the “Disputes” section of your online account. For each one, you can accept or contest it before the response deadline, attaching your supporting documents.',
  },
  {
    match: /activ|souscri|subscri/i,
    fr: 'Sur la page récapitulative de votre compte, cliquez sur «\u00a0Activer\u00a0» et suivez les étapes. Les avis de litiges ne vous seront alors plus envoyés par voie postale\u00a0: ils seront uniquement présents sur votre compte en ligne.',
    en: 'On your account summary page, click “Activate” and follow the steps. Dispute notices will then no longer come by post: they will only be in your online account.',
  },
  {
    match: /inscri|créer un compte|creer un compte|sign ?up|register|new account/i,
    fr: 'Cliquez sur «\u00a0Créer un compte\u00a0» sur la page d’accueil. Après les étapes 1 et 2, la dernière étape, la gestion financière, vous permet de cocher «\u00a0Gestion des litiges\u00a0».',
    en: 'Click “Create an account” on the home page. After steps 1 and 2, the last step, financial management, lets you tick “Dispute management”.',
  },
  {
    match: /mot de passe|password|identifiant|user ?id|login|connexion/i,
    fr: 'Votre mot de passe doit comporter de 12 à 128\u00a0caractères. Après 5\u00a0tentatives échouées, la connexion est bloquée 15\u00a0minutes. Je peux vous envoyer un lien de réinitialisation à l’adresse e-mail de votre compte.',
    en: 'Your password must be 12 to 128 characters long. After 5 failed attempts, login is blocked for 15 minutes. I can send a reset link to your account’s e-mail address.',
  },
];

/** The adviser's answer, in the language the client writes in (exported for its test). */
export function answer(texte: string, langue: ChatLanguage): string {
  const found = ANSWERS.find(({ match }) => match.test(texte));
  if (found) return found[langue];
  return langue === 'en'
    ? 'I can help you with disputes, activating dispute management, signing up or your password. What is your question about?'
    : 'Je peux vous aider pour les litiges, l’activation de la gestion des litiges, l’inscription ou votre mot de passe. Sur quel sujet porte votre question\u00a0?';
}

function refuseIfClosed(client: Client): boolean {
  const status = chatStatus();
  if (status.open) return false;
  const closed: ChatServerMessage = { type: 'ferme', prochaineOuverture: status.nextOpening };
  client.send(JSON.stringify(closed));
  client.close(1000, 'ferme');
  return true;
}

/** A new connection to the chat: refused, or the conversation it opens or resumes. */
export function handleChatConnection(client: Client): void {
  // The connection fails before it opens, as when the chat server cannot be reached.
  if (chatUnreachable() || scenarioFailure() === 'hors-ligne') {
    client.close(1011, 'indisponible');
    return;
  }
  const params = chatConnectionParamsSchema.safeParse(
    Object.fromEntries(new URL(client.url).searchParams),
  );
  const session = currentSession();
  const account = session?.identifiant ? findAccount(session.identifiant) : undefined;
  if (!params.success || !account) {
    client.send(JSON.stringify({ type: 'erreur', code: 'SESSION_EXPIREE' }));
    client.close(1008, 'session');
    return;
  }
  if (refuseIfClosed(client)) return;

  const { conversation: conversationId, langue } = params.data;
  let conversation = conversations.get(conversationId);
  if (conversation && conversation.account.identifiant !== account.identifiant) {
    client.close(1008, 'conversation');
    return;
  }
  if (!conversation) {
    conversation = { account, client, connected: true, received: new Set(), outbox: [] };
    conversations.set(conversationId, conversation);
    client.send(JSON.stringify(adviserMessage(greeting(account, langue))));
  }
  const current = conversation;
  current.client = client;
  current.connected = true;
  client.onClose(() => {
    if (current.client === client) current.connected = false;
  });
  current.outbox.splice(0).forEach((message) => client.send(JSON.stringify(message)));

  client.onMessage((data) => {
    let json: unknown = null;
    try {
      json = JSON.parse(data);
    } catch {
      // Falls through to the invalid-message answer.
    }
    const parsed = chatClientMessageSchema.safeParse(json);
    if (!parsed.success) {
      client.send(JSON.stringify({ type: 'erreur', code: 'MESSAGE_INVALIDE' }));
      return;
    }
    const message = parsed.data;
    client.send(
      JSON.stringify({ type: 'recu', id: message.id, envoyeA: toParisIso(new Date(now())) }),
    );
    if (current.received.has(message.id)) return;
    current.received.add(message.id);
    if (refuseIfClosed(client)) return;
    setTimeout(() => deliver(current, { type: 'ecrit' }), TYPING_DELAY_MS);
    setTimeout(
      () => deliver(current, adviserMessage(answer(message.texte, message.langue))),
      TYPING_DELAY_MS + REPLY_DELAY_MS,
    );
  });
}

/** For tests: the adviser writes first, to every conversation. */
export function adviserSays(texte: string): void {
  conversations.forEach((conversation) => deliver(conversation, adviserMessage(texte)));
}
