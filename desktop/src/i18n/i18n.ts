import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

/**
 * The app's languages: Bahasa Indonesia by default, English switchable (issue 5). Keys are the Indonesian text
 * itself ("natural keys"): the Indonesian screen needs no catalogue, and `en.ts` maps each text to English.
 * `i18n.test.ts` fails when a text marked for translation (t or msg with a literal) has no English entry.
 */

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageStorageKey = 'keliling.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language chosen on this browser profile, Indonesian when none was. */
export function storedLanguage(storage: Pick<Storage, 'getItem'>): Language {
  const value = storage.getItem(languageStorageKey);
  return isLanguage(value) ? value : 'id';
}

/** Marks a text for translation where it is declared (module-level tables); translate it with `t()` at render. */
export function msg<const T extends string>(text: T): T {
  return text;
}

/** One i18next instance for the app (created in main.tsx, passed down by I18nextProvider; no module singleton). */
export function createI18n(language: Language): I18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: [...languages],
    resources: { id: { translation: {} }, en: { translation: en } },
    keySeparator: false,
    nsSeparator: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
