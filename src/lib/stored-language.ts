// The visitor's language, without the texts' module: the entry reads it before it loads the app.
const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
export const LANGUAGE_KEY = 'espace-commercant:langue';

function isLanguage(value: string | null): value is Language {
  return value !== null && (languages as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : 'fr';
  } catch {
    return 'fr';
  }
}
