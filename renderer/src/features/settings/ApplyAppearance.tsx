import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useSettings } from './useSettings';

/**
 * Applies the saved theme (`data-theme` on `<html>`, read by themes.css) and language
 * (a chosen one, or the system's when "As the system") whenever the settings change.
 * Renders nothing.
 */
export function ApplyAppearance() {
  const { i18n } = useTranslation();
  const { data } = useSettings();
  const theme = data?.theme;
  const language = data?.language;
  useEffect(() => {
    if (theme !== undefined) document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    if (language === undefined) return;
    const code = language === 'system' ? navigator.language.slice(0, 2) : language;
    if (code !== i18n.language && (code === 'en' || code === 'es')) void i18n.changeLanguage(code);
  }, [language, i18n]);
  return null;
}
