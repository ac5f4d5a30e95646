import { z } from 'zod';

/*
 * The support contract: `GET /contact/disponibilite` (opening hours and whether each channel is
 * open now, computed by the server in Europe/Paris time) and the chat's WebSocket messages.
 * The client parses what it receives with these schemas; the mock server parses what it receives
 * with the same ones.
 */

const isoInstant = z.iso.datetime({ offset: true });
const wallClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const supportChannelIdSchema = z.enum(['chat', 'telephone']);
export type SupportChannelId = z.infer<typeof supportChannelIdSchema>;

export const channelAvailabilitySchema = z.object({
  ouvert: z.boolean(),
  /** Today's closing instant while open. */
  fermeA: isoInstant.nullable(),
  /** The next opening while closed; null if none is planned. */
  prochaineOuverture: isoInstant.nullable(),
  horaires: z.object({
    /** ISO weekdays, 1 = lundi. Public holidays are closed. */
    jours: z.array(z.int().min(1).max(7)),
    ouverture: wallClock,
    fermeture: wallClock,
  }),
});
export type ChannelAvailability = z.infer<typeof channelAvailabilitySchema>;

export const supportAvailabilitySchema = z.object({
  /** The server's clock: « demain », « lundi » are counted from it, not from the device's. */
  maintenant: isoInstant,
  canaux: z.object({ chat: channelAvailabilitySchema, telephone: channelAvailabilitySchema }),
});
export type SupportAvailability = z.infer<typeof supportAvailabilitySchema>;

export const chatLanguageSchema = z.enum(['fr', 'en']);
export type ChatLanguage = z.infer<typeof chatLanguageSchema>;

export const CHAT_MESSAGE_MAX_LENGTH = 2000;

/** Client → server. `id` is the client's: a message sent again after a reconnection is not doubled. */
export const chatClientMessageSchema = z.object({
  type: z.literal('message'),
  id: z.string().min(8).max(64),
  texte: z.string().trim().min(1).max(CHAT_MESSAGE_MAX_LENGTH),
  langue: chatLanguageSchema,
});
export type ChatClientMessage = z.infer<typeof chatClientMessageSchema>;

export const CHAT_ERROR_CODES = ['SESSION_EXPIREE', 'MESSAGE_INVALIDE'] as const;

/** Server → client. */
export const chatServerMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('message'),
    id: z.string(),
    conseiller: z.string(),
    texte: z.string(),
    envoyeA: isoInstant,
  }),
  /** The merchant's message reached the server, at the server's time. */
  z.object({ type: z.literal('recu'), id: z.string(), envoyeA: isoInstant }),
  /** The adviser is typing. */
  z.object({ type: z.literal('ecrit') }),
  /** Outside the chat's hours: no conversation; the server closes the connection. */
  z.object({ type: z.literal('ferme'), prochaineOuverture: isoInstant.nullable() }),
  z.object({ type: z.literal('erreur'), code: z.enum(CHAT_ERROR_CODES) }),
]);
export type ChatServerMessage = z.infer<typeof chatServerMessageSchema>;

/** Query parameters of the chat socket's URL. */
export const chatConnectionParamsSchema = z.object({
  conversation: z.string().min(8).max(64),
  langue: chatLanguageSchema,
});
export type ChatConnectionParams = z.infer<typeof chatConnectionParamsSchema>;
