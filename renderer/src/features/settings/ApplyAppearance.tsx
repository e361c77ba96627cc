import { useEffect, useLayoutEffect } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useQuery } from '../../data/useQuery';
import { settingsKey, type Settings } from '../../data/settingsQuery';

/**
 * Applies the saved theme (`data-theme` on `<html>`, read by themes.css) and language
 * (a chosen one, or the system's when "As the system") whenever the settings change.
 * Renders nothing.
 */
export function ApplyAppearance() {
  const { i18n } = useTranslation();
  const bridge = useBridge();
  // Asked at start (startBridge.ts) and waited for by the first render, so the first frame
  // already has the saved theme, set before it is painted (a layout effect): no flash of
  // the light theme for someone who chose dark or high contrast. Not held for that frame
  // (firstPaint.ts) when asked again after a lock, for the same reason. A copy in
  // localStorage would be a second copy of a setting the settings screen, the CLI and IT
  // also change, to keep in step or show stale.
  const { data } = useQuery<Settings>(settingsKey, () => bridge.settings.get({}), { beforeFirstPaint: true });
  const theme = data?.theme;
  const language = data?.language;
  useLayoutEffect(() => {
    if (theme !== undefined) document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    if (language === undefined) return;
    const code = language === 'system' ? navigator.language.slice(0, 2) : language;
    if (code !== i18n.language && (code === 'en' || code === 'es')) i18n.changeLanguage(code).catch(() => undefined);
  }, [language, i18n]);
  return null;
}
