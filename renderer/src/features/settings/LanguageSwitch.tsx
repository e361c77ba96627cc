import { useRef } from 'react';
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
  // Presses so far: when presses overlap (a double click), only the last one is saved.
  const presses = useRef(0);
  // Saves go one after the other, so the host keeps the last choice whatever order requests take.
  const saving = useRef<Promise<void>>(Promise.resolve());
  const target = otherThan(i18n.language);
  const choose = async (code: LanguageCode) => {
    presses.current += 1;
    const press = presses.current;
    try {
      // A language's strings load on first use; if they cannot (the host is gone, which
      // the rest of the page shows too), the page stays in its language, and so does the setting.
      await i18n.changeLanguage(code);
    } catch {
      return;
    }
    const save = async () => {
      // A later press saves its own choice; an answer to an older one would bring its
      // language back (ApplyAppearance follows the setting).
      if (press !== presses.current) return;
      const saved = await bridge.settings.update({ language: code });
      if (press === presses.current) queryCache.set(settingsKey, saved);
    };
    // If the save fails the page already speaks the chosen language; the setting is kept next time it saves.
    saving.current = saving.current.then(save).catch(() => undefined);
  };
  return (
    <button type="button" className="secondary" lang={target.code} onClick={() => void choose(target.code)}>
      {target.label}
    </button>
  );
}
