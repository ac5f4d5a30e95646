import frCommon from '../../locales/fr/common.json';
import { LANGUAGE_KEY, type Language } from './stored-language';

export type { Language } from './stored-language';

/** A namespace's texts as its JSON file holds them: i18next's format (nested keys, `_one`…). */
export interface Messages {
  readonly [key: string]: string | Messages;
}

/** Values put into a text (`{{name}}`, `{{count, number}}`); `count` also picks its plural form. */
export interface TOptions {
  readonly count?: number;
  /** Another language than the page's, for this text only. */
  readonly lng?: Language;
  readonly [value: string]: unknown;
}

export interface TFunction {
  /** The text of `key` (`namespace:path.to.key`, or a path in this function's namespace). */
  (key: string, options?: TOptions): string;
  /** The text before its values are put in: a rich text (`Trans`) splits it on its tags first. */
  readonly template: (key: string, options?: TOptions) => string;
  readonly language: Language;
}

const FALLBACK: Language = 'fr';
export const DEFAULT_NAMESPACE = 'common';

// One small chunk per language and namespace, fetched when a route needs it, except the
// French shell's texts: every first page needs them, so they come with the app's code instead
// of one more round trip. The demo tools' texts are theirs (mocks/devtools): the production
// build never holds them.
const bundles = import.meta.glob<Messages>(
  ['../../locales/*/*.json', '!../../locales/{*/devtools,fr/common}.json'],
  { import: 'default' },
);

const texts: Record<Language, Map<string, Messages>> = {
  fr: new Map([[DEFAULT_NAMESPACE, frCommon]]),
  en: new Map(),
};
/** Every namespace asked for: a change of language loads them all before it shows. */
const used = new Set<string>([DEFAULT_NAMESPACE]);
const pending = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
let current: Language = FALLBACK;

export const currentLanguage = (): Language => current;

/** Called when the language changes or texts arrive. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const notify = () => listeners.forEach((listener) => listener());

export function hasNamespaces(language: Language, namespaces: readonly string[]): boolean {
  return namespaces.every((namespace) => texts[language].has(namespace));
}

function loadNamespace(language: Language, namespace: string): Promise<void> {
  if (texts[language].has(namespace)) return Promise.resolve();
  const id = `${language}/${namespace}`;
  let loading = pending.get(id);
  if (!loading) {
    const load = bundles[`../../locales/${id}.json`];
    if (!load) return Promise.reject(new Error(`No translations for ${id}`));
    loading = load().then(
      (messages) => {
        pending.delete(id);
        texts[language].set(namespace, messages);
        notify();
      },
      (error: unknown) => {
        // A failed chunk may be fetched again on the next try.
        pending.delete(id);
        throw error;
      },
    );
    pending.set(id, loading);
  }
  return loading;
}

export async function loadNamespaces(
  namespaces: readonly string[],
  language: Language = current,
): Promise<void> {
  // Only a namespace that exists is remembered: a wrong name never blocks a change of language.
  namespaces
    .filter((namespace) => texts[language].has(namespace) || hasBundle(language, namespace))
    .forEach((namespace) => used.add(namespace));
  await Promise.all(namespaces.map((namespace) => loadNamespace(language, namespace)));
}

const hasBundle = (language: Language, namespace: string) =>
  `../../locales/${language}/${namespace}.json` in bundles;

/** Every namespace at once, for tests that render a component outside its route. */
export async function loadAllNamespaces(): Promise<void> {
  const namespaces = new Set(
    Object.keys(bundles).map((file) => file.replace(/^.*\/([^/]+)\.json$/, '$1')),
  );
  await loadNamespaces([...namespaces]);
}

/** Drops a language's loaded texts but French's: tests start a change of language from nothing. */
export function forgetTexts(language: Exclude<Language, 'fr'>): void {
  texts[language].clear();
}

/** Texts that come from elsewhere (the demo tools bring their own). */
export function addMessages(language: Language, namespace: string, messages: Messages): void {
  texts[language].set(namespace, messages);
  notify();
}

/** The shell's texts in the visitor's language, before the first render. */
export const initI18n = (language: Language): Promise<void> => changeLanguage(language);

let requested: Language = FALLBACK;

/**
 * Shows every text in `language` once the namespaces in use are loaded in it. A namespace that
 * fails to load does not stop the change (its texts fall back to French, and the page asks
 * for it again); of two changes under way, the last one asked for wins.
 */
export async function changeLanguage(language: Language): Promise<void> {
  requested = language;
  const tried = new Set<string>();
  for (;;) {
    // Pages opened meanwhile add namespaces: each one in use is loaded once before the change.
    const missing = [...used].filter(
      (namespace) => !texts[language].has(namespace) && !tried.has(namespace),
    );
    if (missing.length === 0) break;
    missing.forEach((namespace) => tried.add(namespace));
    await Promise.allSettled(missing.map((namespace) => loadNamespace(language, namespace)));
    if (requested !== language) return;
  }
  if (requested !== language) return;
  const changed = current !== language;
  current = language;
  setPageLanguage(language);
  if (changed) notify();
}

export async function switchLanguage(language: Language): Promise<void> {
  await changeLanguage(language);
  // A later switch won: it keeps its own choice.
  if (current !== language) return;
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Private mode may refuse storage: the switch still works for this visit.
  }
}

function setPageLanguage(language: string): void {
  // The build's prerender runs in Node, without a document.
  // Unchanged, it is left alone: setting it restyles the whole page.
  if (typeof document !== 'undefined' && document.documentElement.lang !== language)
    document.documentElement.lang = language;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();
const cached = <T>(cache: Map<Language, T>, language: Language, create: () => T): T => {
  let value = cache.get(language);
  if (!value) cache.set(language, (value = create()));
  return value;
};

function lookup(messages: Messages | undefined, path: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** The raw text of a key in one language, in the plural form `count` takes there. */
function find(language: Language, namespace: string, path: string, count: unknown) {
  const messages = texts[language].get(namespace);
  if (typeof count === 'number') {
    const form = cached(pluralRules, language, () => new Intl.PluralRules(language)).select(count);
    return (
      lookup(messages, `${path}_${form}`) ??
      lookup(messages, `${path}_other`) ??
      lookup(messages, path)
    );
  }
  return lookup(messages, path);
}

function template(language: Language, defaultNamespace: string, key: string, options?: TOptions) {
  const separator = key.indexOf(':');
  const namespace = separator === -1 ? defaultNamespace : key.slice(0, separator);
  const path = separator === -1 ? key : key.slice(separator + 1);
  const count = options?.count;
  // A missing text shows its key, as i18next does: visible, never blank.
  return find(language, namespace, path, count) ?? find(FALLBACK, namespace, path, count) ?? path;
}

/** Puts values into a text: `{{name}}`, or `{{count, number}}` written the language's way. */
export function interpolate(text: string, values: TOptions | undefined, language: Language) {
  return text.replace(/\{\{\s*([\w.]+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (match, name: string, format) => {
    // A value never given stays visible instead of vanishing from the sentence; one given as
    // empty is empty.
    if (!values || !(name in values)) return match;
    const value = values[name];
    if (value === undefined || value === null) return '';
    if (format === 'number')
      return cached(numberFormats, language, () => new Intl.NumberFormat(language)).format(
        Number(value),
      );
    return String(value);
  });
}

/** A `t` bound to a language and a default namespace. */
export function fixedT(language: Language, namespace: string = DEFAULT_NAMESPACE): TFunction {
  const raw = (key: string, options?: TOptions) =>
    template(options?.lng ?? language, namespace, key, options);
  const t = (key: string, options?: TOptions) =>
    interpolate(raw(key, options), options, options?.lng ?? language);
  return Object.assign(t, { template: raw, language });
}

/** The page's language's `t`, outside React (tests, and code that is not a component). */
export const translate = (key: string, options?: TOptions): string => fixedT(current)(key, options);
