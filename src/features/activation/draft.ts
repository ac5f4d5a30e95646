import { z } from 'zod';
import { createDraftStore } from '@/lib/draft-storage';

/** The activation's answers, kept for the tab so an expired session or a reload loses nothing. */
export const activationDraftSchema = z.object({
  step: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  conditionsAcceptees: z.boolean(),
  notifications: z.object({
    ouverture: z.boolean(),
    miseAJour: z.boolean(),
    // A draft kept before reminders existed still reads, with them on.
    rappels: z.boolean().default(true),
    email: z.string(),
  }),
});
export type ActivationDraft = z.infer<typeof activationDraftSchema>;
export type ActivationStep = ActivationDraft['step'];

// Keyed by identifiant: another user logging in on the same tab never sees these answers.
const store = createDraftStore('activation', activationDraftSchema);

export const readDraft = (identifiant: string) => store.read(identifiant);
export const writeDraft = (identifiant: string, draft: ActivationDraft) =>
  store.write(identifiant, draft);
export const clearDraft = (identifiant: string) => store.clear(identifiant);
