import { en, es } from './startStrings';
import { i18n, isLanguage, type LanguageCode } from './translate';

export { languages, type LanguageCode } from './translate';

/**
 * Starts the strings in `saved`, the language setting (`settings.get`, asked at start), or
 * the system's when it says `system`, is unknown or did not come (English otherwise). The
 * setting is the one copy of the choice: the page keeps none of its own.
 */
export async function setupI18n(saved?: string): Promise<typeof i18n> {
  i18n.addStrings('en', en);
  i18n.addStrings('es', es);
  const system = navigator.language.slice(0, 2);
  const language: LanguageCode = [saved, system].find(isLanguage) ?? 'en';
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  i18n.subscribe(() => {
    document.documentElement.lang = i18n.language;
  });
  return i18n;
}

let later: Promise<void> | undefined;

/**
 * Loads the strings of every screen after the first (laterStrings.ts, a chunk of its
 * own), once; a failed load is tried again on the next call.
 */
export function loadLaterStrings(): Promise<void> {
  later ??= import('./laterStrings').then(
    (strings) => {
      i18n.addStrings('en', strings.en);
      i18n.addStrings('es', strings.es);
    },
    (error: unknown) => {
      later = undefined;
      throw error;
    },
  );
  return later;
}

/** A lazy screen's module, given once the later strings are here too: `lazy(() => withLaterStrings(import(…)))`. */
export function withLaterStrings<T>(module: Promise<T>): Promise<T> {
  return Promise.all([module, loadLaterStrings()]).then(([loaded]) => loaded);
}
