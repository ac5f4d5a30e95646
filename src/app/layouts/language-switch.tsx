import { useTranslation } from 'react-i18next';
import { switchLanguage } from '@/lib/i18n';

/** Offers the other language, named in that language so its speakers recognise it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const target = i18n.language === 'en' ? 'fr' : 'en';
  return (
    <button
      type="button"
      className="header__language"
      lang={target}
      onClick={() => void switchLanguage(target)}
    >
      {t(`language.switchTo.${target}`)}
    </button>
  );
}
