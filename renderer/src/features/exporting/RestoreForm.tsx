import { useEffect, useId, useRef, useState } from 'react';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useTranslation } from '../../i18n/useTranslation';
import type { CallOutput } from '../../../../electron/contract/calls';
import { maxBackupFileBytes } from '../../../../electron/contract/fileLimits';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { useFocusOnError } from '../../ui/useFocusOnError';
import { codesKey } from '../codes/useCodes';
import { FeatureError } from '../importing/FeatureError';
import { FilePicker } from '../importing/FilePicker';
import type { Upload } from '../importing/readUpload';

type Mode = 'merge' | 'replace';

/** The refusals about the passphrase, and those about the file; any other is about the whole restore. */
const passphraseCodes: readonly string[] = ['wrong_password', 'weak_password'];
const fileCodes: readonly string[] = ['unsupported_format', 'file_error', 'import_failed'];
const aboutOf = (error: unknown): 'passphrase' | 'file' | 'restore' | undefined => {
  if (error === undefined || error === null) return undefined;
  if (!(error instanceof DeskIdError)) return 'restore';
  if (passphraseCodes.includes(error.code)) return 'passphrase';
  return fileCodes.includes(error.code) ? 'file' : 'restore';
};
type Restored = CallOutput<'exporting.restore'>;

/**
 * Restores a DeskID backup with its passphrase, merging it into the accounts here or
 * replacing them; replacing asks once more, since it removes every account now here.
 * A refusal is said by what it is about (the passphrase, the file), which takes focus;
 * focus never stays on a button that went away (the question's, or one disabled while
 * the restore ran): the question takes it, then the Restore button.
 */
export function RestoreForm() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [upload, setUpload] = useState<Upload | undefined>(undefined);
  const [passphrase, setPassphrase] = useState('');
  const [mode, setMode] = useState<Mode>('merge');
  const [confirming, setConfirming] = useState(false);
  const [restored, setRestored] = useState<Restored | undefined>(undefined);
  const restore = useAction(async (input: Upload & { passphrase: string; mode: Mode }) => {
    setRestored(await bridge.exporting.restore(input));
    queryCache.invalidate(codesKey);
  });
  const about = aboutOf(restore.error);
  const errorId = useId();
  const passphraseField = useRef<HTMLInputElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  // The file's refusals: FilePicker focuses its input. The others: the passphrase, or Restore.
  useFocusOnError(about === 'file' ? undefined : restore.error, () =>
    about === 'passphrase' ? passphraseField.current : submit.current,
  );
  // The question appeared, or went (answered, cancelled) and the restore is over: focus follows.
  const was = useRef({ confirming, pending: restore.pending });
  useEffect(() => {
    const before = was.current;
    was.current = { confirming, pending: restore.pending };
    if (confirming && !before.confirming) question.current?.focus();
    const closed = (before.confirming || before.pending) && !confirming && !restore.pending;
    if (closed && about === undefined && document.activeElement === document.body) submit.current?.focus();
  }, [confirming, restore.pending, about]);
  const edit = () => {
    restore.reset();
    setRestored(undefined);
    setConfirming(false);
  };
  const run = () => {
    if (upload !== undefined) void restore.run({ ...upload, passphrase, mode });
    setConfirming(false);
  };
  return (
    <form
      aria-labelledby="restore-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (upload === undefined || passphrase === '') return;
        if (mode === 'replace') setConfirming(true);
        else run();
      }}
    >
      <h2 id="restore-title">{t('exporting.restoreTitle')}</h2>
      <p>{t('exporting.restoreIntro')}</p>
      <FilePicker
        label={t('exporting.file')}
        hint={upload?.fileName}
        maxBytes={maxBackupFileBytes}
        pending={restore.pending}
        onChosen={setUpload}
        onChoosing={edit}
        error={about === 'file' ? restore.error : undefined}
        errorId={errorId}
      />
      <Field
        ref={passphraseField}
        errorId={about === 'passphrase' ? errorId : undefined}
        label={t('exporting.restorePassphrase')}
        type="password"
        autoComplete="off"
        required
        value={passphrase}
        onChange={(event) => {
          setPassphrase(event.target.value);
          edit();
        }}
      />
      <fieldset>
        <legend>{t('exporting.mode')}</legend>
        {(['merge', 'replace'] as const).map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name="restore-mode"
              value={choice}
              checked={mode === choice}
              onChange={() => {
                setMode(choice);
                edit();
              }}
            />
            {t(`exporting.${choice}`)}
          </label>
        ))}
      </fieldset>
      <FeatureError id={errorId} error={restore.error} feature="exporting" />
      <div role="status">{restored === undefined ? null : <p>{t('exporting.restored', restored)}</p>}</div>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="restore-confirm">
          <p id="restore-confirm" tabIndex={-1} ref={question}>
            {t('exporting.replaceConfirm')}
          </p>
          <button type="button" onClick={run}>
            {t('exporting.replaceYes')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button ref={submit} type="submit" disabled={restore.pending || upload === undefined}>
          {restore.pending ? t('common.working') : t('exporting.restore')}
        </button>
      )}
    </form>
  );
}
