import { useTranslation } from 'react-i18next';
import { isLanguage, languageStorageKey } from './i18n';

/** Switches between Bahasa Indonesia and English; the choice stays on this browser profile. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch small">
      <span className="visually-hidden">{t('Bahasa')}</span>
      <select
        data-testid="language-switch"
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          localStorage.setItem(languageStorageKey, language);
          document.documentElement.lang = language;
          void i18n.changeLanguage(language);
        }}
      >
        <option value="id" lang="id">
          Bahasa Indonesia
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
