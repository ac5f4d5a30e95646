import { useTranslation } from '@/lib/use-translation';
import { switchLanguage } from '@/lib/i18n';
import { useHydrated } from '@/lib/use-hydrated';

/** Offers the other language, named in that language so its speakers recognise it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const target = i18n.language === 'en' ? 'fr' : 'en';
  // A click on a prerendered page before the app runs would be lost.
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      className="header__language"
      lang={target}
      disabled={!hydrated}
      onClick={() => void switchLanguage(target)}
    >
      {t(`language.switchTo.${target}`)}
    </button>
  );
}
