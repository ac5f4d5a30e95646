import i18next, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import frCommon from '../../locales/fr/common.json';
import { LANGUAGE_KEY, type Language } from './stored-language';

export type { Language } from './stored-language';

// One small chunk per language and namespace, fetched when a route needs it, except the
// French shell's texts: every first page needs them, so they come with the app's code instead
// of one more round trip. The demo tools' texts are theirs (mocks/devtools): the production
// build never holds them.
const bundles = import.meta.glob<Record<string, unknown>>(
  ['../../locales/*/*.json', '!../../locales/{*/devtools,fr/common}.json'],
  { import: 'default' },
);

const localeBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = bundles[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No translations for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (data) => callback(null, data),
      (error: unknown) =>
        callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export async function initI18n(language: Language): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', setPageLanguage);
    await i18next
      .use(localeBackend)
      .use(initReactI18next)
      .init({
        lng: language,
        fallbackLng: 'fr',
        resources: { fr: { common: frCommon } },
        partialBundledLanguages: true,
        defaultNS: 'common',
        // The shell's texts; every route loads its own namespaces before it renders.
        ns: ['common'],
        interpolation: { escapeValue: false },
        react: { useSuspense: false },
      });
  }
  if (i18next.language !== language) await i18next.changeLanguage(language);
  setPageLanguage(language);
  return i18next;
}

function setPageLanguage(language: string): void {
  // The build's prerender runs in Node, without a document.
  // Unchanged, it is left alone: setting it restyles the whole page.
  if (typeof document !== 'undefined' && document.documentElement.lang !== language)
    document.documentElement.lang = language;
}

export async function loadNamespaces(namespaces: readonly string[]): Promise<void> {
  await i18next.loadNamespaces([...namespaces]);
}

/** Every namespace at once, for tests that render a component outside its route. */
export async function loadAllNamespaces(): Promise<void> {
  const namespaces = new Set(
    Object.keys(bundles).map((file) => file.replace(/^.*\/([^/]+)\.json$/, '$1')),
  );
  await loadNamespaces([...namespaces]);
}

export async function switchLanguage(language: Language): Promise<void> {
  // changeLanguage fetches every namespace already in use for the new language first.
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode may refuse storage: the switch still works for this visit.
  }
}
