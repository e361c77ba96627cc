import { useEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useQuery } from '../../data/useQuery';
import { settingsKey, type Settings } from './useSettings';

/**
 * Applies the saved theme (`data-theme` on `<html>`, read by themes.css) and language
 * (a chosen one, or the system's when "As the system") whenever the settings change.
 * Renders nothing.
 */
export function ApplyAppearance() {
  const { i18n } = useTranslation();
  const bridge = useBridge();
  // Not held for the first frame (firstPaint.ts), unlike other loads: held, a saved dark or
  // high-contrast theme would miss that frame for certain (a flash of the light one). Asked
  // at once, as before the hold, its answer can be in before the frame is painted. A copy of
  // the theme in localStorage would be there sooner, but it is a second copy of a setting the
  // settings screen, the CLI and IT also change, to keep in step or show stale.
  const { data } = useQuery<Settings>(settingsKey, () => bridge.settings.get({}), { beforeFirstPaint: true });
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
