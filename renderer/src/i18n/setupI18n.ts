import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';

export const languages = [
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

/** Starts i18next with English and Spanish; picks the person's saved or system language. */
export async function setupI18n(): Promise<typeof i18next> {
  const saved = localStorage.getItem('deskid.language');
  const system = navigator.language.slice(0, 2);
  const lng = [saved, system].find((code) => code === 'en' || code === 'es') ?? 'en';
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (code) => {
    document.documentElement.lang = code;
    localStorage.setItem('deskid.language', code);
  });
  return i18next;
}
