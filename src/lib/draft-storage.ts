import type { ResponseParser } from './api-client';

/**
 * Drafts: what a user typed, kept for the tab (sessionStorage) so a reload or an expired session
 * loses nothing. Logout removes them all: no trace of the user stays behind.
 */
const PREFIX = 'espace-commercant:brouillon:';

export interface DraftStore<T> {
  read(scope: string): T | null;
  write(scope: string, value: T): void;
  clear(scope: string): void;
}

/** The storage key of the draft `name`: every draft kept under it goes at logout. */
export function draftStorageKey(name: string): string {
  return `${PREFIX}${name}`;
}

/** `schema` (a zod schema) checks what comes back: a draft from an older version is dropped. */
export function createDraftStore<T>(name: string, schema: ResponseParser<T>): DraftStore<T> {
  const key = (scope: string) => `${draftStorageKey(name)}:${scope}`;
  return {
    read(scope) {
      try {
        const raw = sessionStorage.getItem(key(scope));
        if (!raw) return null;
        return schema.parse(JSON.parse(raw));
      } catch {
        return null;
      }
    },
    write(scope, value) {
      try {
        sessionStorage.setItem(key(scope), JSON.stringify(value));
      } catch {
        // Storage refused (private mode, quota): the answers stay in the page meanwhile.
      }
    },
    clear(scope) {
      try {
        sessionStorage.removeItem(key(scope));
      } catch {
        // Nothing stored, nothing to clear.
      }
    },
  };
}

export function clearAllDrafts(): void {
  try {
    Object.keys(sessionStorage)
      .filter((key) => key.startsWith(PREFIX))
      .forEach((key) => sessionStorage.removeItem(key));
  } catch {
    // Without storage there were no drafts.
  }
}
