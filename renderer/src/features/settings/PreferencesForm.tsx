import { useLayoutEffect, useRef, useState } from 'react';
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

/** The form's fields: the numbers as typed, the rest as chosen. */
type Draft = Omit<Editable, 'autoLockMinutes' | 'clipboardClearSeconds'> & {
  autoLockMinutes: string;
  clipboardClearSeconds: string;
};

function draftOf(settings: Settings): Draft {
  return {
    autoLockMinutes: String(settings.autoLockMinutes),
    clipboardClearSeconds: String(settings.clipboardClearSeconds),
    theme: settings.theme,
    language: settings.language,
    hideCodesUntilClicked: settings.hideCodesUntilClicked,
    openCodesShortcut: settings.openCodesShortcut,
  };
}

const themes = ['system', 'light', 'dark', 'high_contrast'] as const;
const languages = ['system', 'en', 'es'] as const;

/**
 * Auto-lock minutes, the clipboard's clear delay, hiding codes until clicked, the global
 * shortcut that brings up the codes (desktop app; off by default), theme and language:
 * what the person changed is saved with `settings.update`, and "Settings saved." is announced.
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
  // Only what the person changed here is kept; every other field shows the settings in
  // force, which can change under the form (the header's language switch saves too), so a
  // save never writes an old value back over a newer one.
  const [edits, setEdits] = useState<Partial<Draft>>({});
  const draft: Draft = { ...draftOf(settings), ...edits };
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState(false);
  const autoLockValue = wholeNumberIn(draft.autoLockMinutes, ranges.autoLockMinutes);
  const clipboardValue = wholeNumberIn(draft.clipboardClearSeconds, ranges.clipboardClearSeconds);
  // The edits of the latest render, read once a save is answered.
  const latestEdits = useRef(edits);
  useLayoutEffect(() => {
    latestEdits.current = edits;
  });
  const save = useAction(async (next: Editable) => {
    const sent = edits;
    const changes = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => key in sent && settings[key as keyof Editable] !== value),
    ) as Partial<Editable>;
    const answer = await bridge.settings.update(changes);
    queryCache.set(settingsKey, answer);
    if (changes.hideCodesUntilClicked !== undefined) queryCache.invalidate(codesKey);
    // A field changed again while the save ran keeps its newer value, unsaved, and the
    // form does not say "saved" over it.
    const left = Object.fromEntries(
      Object.entries(latestEdits.current).filter(([key, value]) => sent[key as keyof Draft] !== value),
    ) as Partial<Draft>;
    setEdits(left);
    setSaved(Object.keys(left).length === 0);
  });
  const edit = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setEdits((before) => ({ ...before, [key]: value }));
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
          theme: draft.theme,
          language: draft.language,
          hideCodesUntilClicked: draft.hideCodesUntilClicked,
          openCodesShortcut: draft.openCodesShortcut,
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
        value={draft.autoLockMinutes}
        onChange={(event) => edit('autoLockMinutes', event.target.value)}
      />
      <Field
        label={t('settings.clipboard')}
        {...(locked.has('clipboardClearSeconds') ? { hint: setBy, readOnly: true } : {})}
        problem={problem(clipboardValue, ranges.clipboardClearSeconds)}
        inputMode="numeric"
        value={draft.clipboardClearSeconds}
        onChange={(event) => edit('clipboardClearSeconds', event.target.value)}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.hideCodesUntilClicked}
          disabled={locked.has('hideCodesUntilClicked')}
          onChange={(event) => edit('hideCodesUntilClicked', event.target.checked)}
        />
        {t('settings.hideCodes')}
        {locked.has('hideCodesUntilClicked') && <span className="locked"> ({setBy})</span>}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.openCodesShortcut}
          aria-describedby="open-codes-shortcut-hint"
          onChange={(event) => edit('openCodesShortcut', event.target.checked)}
        />
        {t('settings.openCodesShortcut')}
      </label>
      <p className="hint" id="open-codes-shortcut-hint">
        {t('settings.openCodesShortcutHint')}
      </p>
      <SelectField
        label={t('settings.theme')}
        value={draft.theme}
        options={themes.map((value) => ({ value, label: t(`settings.themes.${value}`) }))}
        onChange={(value) => edit('theme', value)}
      />
      <SelectField
        label={t('settings.language')}
        value={draft.language}
        options={languages.map((value) => ({ value, label: t(`settings.languages.${value}`) }))}
        onChange={(value) => edit('language', value)}
      />
      <FormError error={save.error} />
      <p role="status" className="status-line">
        {saved ? t('settings.saved') : ''}
      </p>
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
