import { z } from 'zod';
import { createDraftStore } from '@/lib/draft-storage';
import type { NotificationSettingsInput } from './api/contract';

/**
 * Notification settings changed but not saved yet, kept for the tab so that an expired session
 * or a reload loses nothing; keyed by identifiant, so another user of the tab never sees them.
 */
const store = createDraftStore(
  'parametres-notifications',
  z.object({
    ouverture: z.boolean(),
    miseAJour: z.boolean(),
    // A draft kept before reminders existed still reads, with them on.
    rappels: z.boolean().default(true),
    email: z.string(),
  }),
);

const same = (a: NotificationSettingsInput, b: NotificationSettingsInput) =>
  a.ouverture === b.ouverture &&
  a.miseAJour === b.miseAJour &&
  a.rappels === b.rappels &&
  a.email === b.email;

/** The unsaved changes to `saved`, or null when there are none. */
export function readSettingsDraft(
  identifiant: string,
  saved: NotificationSettingsInput,
): NotificationSettingsInput | null {
  const draft = store.read(identifiant);
  return draft && !same(draft, saved) ? draft : null;
}

/** Keeps `values` while they differ from `saved`; back to the saved values, nothing is kept. */
export function writeSettingsDraft(
  identifiant: string,
  values: NotificationSettingsInput,
  saved: NotificationSettingsInput,
): void {
  if (same(values, saved)) store.clear(identifiant);
  else store.write(identifiant, values);
}

export const clearSettingsDraft = (identifiant: string) => store.clear(identifiant);
