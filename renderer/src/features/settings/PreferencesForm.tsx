import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { codesKey } from '../codes/useCodes';
import { SelectField } from './SelectField';
import { settingsKey, type Settings } from '../../data/settingsQuery';

type Editable = Pick<
  Settings,
  'autoLockMinutes' | 'clipboardClearSeconds' | 'theme' | 'language' | 'hideCodesUntilClicked' | 'openCodesShortcut'
>;

/** The ranges `settings.update` accepts (electron/contract/calls/settings.ts). */
const ranges = { autoLockMinutes: { min: 1, max: 480 }, clipboardClearSeconds: { min: 1, max: 600 } } as const;

const themes = ['system', 'light', 'dark', 'high_contrast'] as const;
const languages = ['system', 'en', 'es'] as const;

/**
 * Auto-lock minutes, the clipboard's clear delay, hiding codes until clicked, the global
 * shortcut that brings up the codes (desktop app; off by default), theme and language: what changed is saved with `settings.update`, and "Settings saved." is announced.
 * A setting machine policy sets (`locked`, by its name) shows read-only, "Set by your organization".
 */
export function PreferencesForm({
  settings,
  locked = new Set(),
}: {
  settings: Settings;
  locked?: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const setBy = t('settings.policy.setBy');
  const bridge = useBridge();
  const [autoLock, setAutoLock] = useState(String(settings.autoLockMinutes));
  const [clipboard, setClipboard] = useState(String(settings.clipboardClearSeconds));
  const [theme, setTheme] = useState(settings.theme);
  const [language, setLanguage] = useState(settings.language);
  const [hide, setHide] = useState(settings.hideCodesUntilClicked);
  const [shortcut, setShortcut] = useState(settings.openCodesShortcut);
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const autoLockValue = wholeNumberIn(autoLock, ranges.autoLockMinutes);
  const clipboardValue = wholeNumberIn(clipboard, ranges.clipboardClearSeconds);
  const save = useAction(async (next: Editable) => {
    const changes = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => settings[key as keyof Editable] !== value),
    ) as Partial<Editable>;
    const answer = await bridge.settings.update(changes);
    queryCache.set(settingsKey, answer);
    if (changes.hideCodesUntilClicked !== undefined) queryCache.invalidate(codesKey);
    setSaved(true);
  });
  const touched = () => {
    setSaved(false);
    save.reset();
  };
  const problem = (value: number | undefined, range: { min: number; max: number }) =>
    checked && value === undefined ? t('settings.numberProblem', range) : undefined;
  return (
    <form
      aria-labelledby="preferences-title"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (autoLockValue === undefined || clipboardValue === undefined) return;
        void save.run({
          autoLockMinutes: autoLockValue,
          clipboardClearSeconds: clipboardValue,
          theme,
          language,
          hideCodesUntilClicked: hide,
          openCodesShortcut: shortcut,
        });
      }}
    >
      <h2 id="preferences-title">{t('settings.preferencesTitle')}</h2>
      <Field
        label={t('settings.autoLock')}
        hint={locked.has('autoLockMinutes') ? `${t('settings.autoLockHint')} ${setBy}.` : t('settings.autoLockHint')}
        readOnly={locked.has('autoLockMinutes')}
        problem={problem(autoLockValue, ranges.autoLockMinutes)}
        inputMode="numeric"
        value={autoLock}
        onChange={(event) => {
          setAutoLock(event.target.value);
          touched();
        }}
      />
      <Field
        label={t('settings.clipboard')}
        {...(locked.has('clipboardClearSeconds') ? { hint: setBy, readOnly: true } : {})}
        problem={problem(clipboardValue, ranges.clipboardClearSeconds)}
        inputMode="numeric"
        value={clipboard}
        onChange={(event) => {
          setClipboard(event.target.value);
          touched();
        }}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={hide}
          disabled={locked.has('hideCodesUntilClicked')}
          onChange={(event) => {
            setHide(event.target.checked);
            touched();
          }}
        />
        {t('settings.hideCodes')}
        {locked.has('hideCodesUntilClicked') && <span className="locked"> ({setBy})</span>}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={shortcut}
          aria-describedby="open-codes-shortcut-hint"
          onChange={(event) => {
            setShortcut(event.target.checked);
            touched();
          }}
        />
        {t('settings.openCodesShortcut')}
      </label>
      <p className="hint" id="open-codes-shortcut-hint">
        {t('settings.openCodesShortcutHint')}
      </p>
      <SelectField
        label={t('settings.theme')}
        value={theme}
        options={themes.map((value) => ({ value, label: t(`settings.themes.${value}`) }))}
        onChange={(value) => {
          setTheme(value);
          touched();
        }}
      />
      <SelectField
        label={t('settings.language')}
        value={language}
        options={languages.map((value) => ({ value, label: t(`settings.languages.${value}`) }))}
        onChange={(value) => {
          setLanguage(value);
          touched();
        }}
      />
      <FormError error={save.error} />
      <p role="status">{saved ? t('settings.saved') : ''}</p>
      <button type="submit" disabled={save.pending}>
        {save.pending ? t('common.working') : t('settings.save')}
      </button>
    </form>
  );
}

/** `text` as a whole number within `range`, else undefined. */
function wholeNumberIn(text: string, { min, max }: { min: number; max: number }): number | undefined {
  if (!/^\s*\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}
