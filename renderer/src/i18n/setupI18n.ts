import { en } from './en';
import { es } from './es';
import { i18n, isLanguage, type LanguageCode } from './translate';

export { languages, type LanguageCode } from './translate';

/** Starts the strings in the person's saved or system language (English otherwise). */
export async function setupI18n(): Promise<typeof i18n> {
  i18n.addStrings('en', en);
  i18n.addStrings('es', es);
  const saved = localStorage.getItem('deskid.language');
  const system = navigator.language.slice(0, 2);
  const language: LanguageCode = [saved, system].find(isLanguage) ?? 'en';
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  i18n.subscribe(() => {
    document.documentElement.lang = i18n.language;
    localStorage.setItem('deskid.language', i18n.language);
  });
  return i18n;
}
