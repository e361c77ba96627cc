import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { languages } from '../../i18n/setupI18n';
import { settingsKey } from '../../data/settingsQuery';

/**
 * The header's language switch. A choice here is the person's language setting too
 * (`settings.update`), so the Settings screen and the next start agree with it.
 */
export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const bridge = useBridge();
  const choose = (code: string) => {
    // A language's strings load on first use; if they cannot (the host is gone, which the
    // rest of the page shows too), the select stays on the language in use.
    i18n.changeLanguage(code).catch(() => undefined);
    if (code !== 'en' && code !== 'es') return;
    bridge.settings.update({ language: code }).then(
      (saved) => queryCache.set(settingsKey, saved),
      // The page already speaks the chosen language; the setting is kept next time it saves.
      () => undefined,
    );
  };
  return (
    <label className="language">
      {t('app.language')}
      <select value={i18n.language} onChange={(event) => choose(event.target.value)}>
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.label}
          </option>
        ))}
      </select>
    </label>
  );
}
