import { useEffect, useMemo, useSyncExternalStore } from 'react';
import {
  currentLanguage,
  DEFAULT_NAMESPACE,
  fixedT,
  hasNamespaces,
  loadNamespaces,
  subscribe,
  type Language,
  type TFunction,
} from './i18n';

/**
 * A component's texts in the page's language: `t` for its namespace (the first one named), and
 * the language itself. A namespace no route loaded yet is fetched, then shown.
 */
export function useTranslation(namespace: string | readonly string[] = DEFAULT_NAMESPACE): {
  t: TFunction;
  i18n: { language: Language };
} {
  const namespaces = typeof namespace === 'string' ? [namespace] : namespace;
  const id = namespaces.join(' ');
  const language = useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  const isReady = () => hasNamespaces(language, id.split(' '));
  const ready = useSyncExternalStore(subscribe, isReady, isReady);
  useEffect(() => {
    if (!ready) loadNamespaces(id.split(' '), language).catch(() => undefined);
  }, [ready, id, language]);
  // A new `t` once its texts are there, so what depends on it is computed again.
  const t = useMemo(
    () => fixedT(language, id.split(' ')[0]),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `ready` is why it is new
    [language, id, ready],
  );
  const i18n = useMemo(() => ({ language }), [language]);
  return { t, i18n };
}
