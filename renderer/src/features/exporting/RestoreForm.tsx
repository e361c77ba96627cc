import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { CallOutput } from '../../../../electron/contract/calls';
import { maxBackupFileBytes } from '../../../../electron/contract/fileLimits';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { codesKey } from '../codes/useCodes';
import { FeatureError } from '../importing/FeatureError';
import { FilePicker } from '../importing/FilePicker';
import type { Upload } from '../importing/readUpload';

type Mode = 'merge' | 'replace';
type Restored = CallOutput<'exporting.restore'>;

/**
 * Restores a DeskID backup with its passphrase, merging it into the accounts here or
 * replacing them; replacing asks once more, since it removes every account now here.
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
      />
      <Field
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
      <FeatureError error={restore.error} feature="exporting" />
      <div role="status">{restored === undefined ? null : <p>{t('exporting.restored', restored)}</p>}</div>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="restore-confirm">
          <p id="restore-confirm">{t('exporting.replaceConfirm')}</p>
          <button type="button" onClick={run}>
            {t('exporting.replaceYes')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="submit" disabled={restore.pending || upload === undefined}>
          {restore.pending ? t('common.working') : t('exporting.restore')}
        </button>
      )}
    </form>
  );
}
