import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
const LANGUAGE_KEY = 'espace-commercant:langue';

// Each language's namespaces become their own small chunks, loaded when that language is used.
const bundles = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', {
  import: 'default',
});

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

async function loadLanguage(language: Language): Promise<void> {
  const prefix = `../../locales/${language}/`;
  await Promise.all(
    Object.entries(bundles)
      .filter(([file]) => file.startsWith(prefix))
      .map(async ([file, load]) => {
        const namespace = file.slice(prefix.length, -'.json'.length);
        if (!i18next.hasResourceBundle(language, namespace)) {
          i18next.addResourceBundle(language, namespace, await load(), true, true);
        }
      }),
  );
}

export async function initI18n(language: Language = storedLanguage()): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
    });
    await i18next.use(initReactI18next).init({
      resources: {} satisfies Resource,
      lng: language,
      fallbackLng: 'fr',
      defaultNS: 'common',
      ns: ['common'],
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  await loadLanguage('fr');
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  return i18next;
}

export async function switchLanguage(language: Language): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode may refuse storage: the switch still works for this visit.
  }
}
