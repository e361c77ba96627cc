import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { languages, type LanguageCode } from '../../i18n/setupI18n';
import { settingsKey } from '../../data/settingsQuery';

/** The language the switch offers: the other one of the two. */
function otherThan(code: LanguageCode): (typeof languages)[number] {
  return languages.find((language) => language.code !== code) ?? languages[0];
}

/**
 * The header's language switch: one button that names the other language in its own
 * words and its own `lang` ("Español" on an English screen, "English" on a Spanish one),
 * so someone who cannot read the screen's language still finds it, and one press
 * switches. A choice here is the person's language setting too (`settings.update`), so the
 * Settings screen (which lists every language, and "as the system") and the next start
 * agree with it. A button rather than a `<select>`: with two languages a list only adds a
 * step, and the list's first style was most of the first screen's style time
 * (bench:renderer, docs/benchmarks/renderer.md, stop 30). A third language would need a
 * list again.
 */
export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const bridge = useBridge();
  const target = otherThan(i18n.language);
  const choose = (code: LanguageCode) => {
    // A language's strings load on first use; if they cannot (the host is gone, which the
    // rest of the page shows too), the page stays in the language in use.
    i18n.changeLanguage(code).catch(() => undefined);
    bridge.settings.update({ language: code }).then(
      (saved) => queryCache.set(settingsKey, saved),
      // The page already speaks the chosen language; the setting is kept next time it saves.
      () => undefined,
    );
  };
  return (
    <button type="button" className="secondary" lang={target.code} onClick={() => choose(target.code)}>
      {target.label}
    </button>
  );
}
