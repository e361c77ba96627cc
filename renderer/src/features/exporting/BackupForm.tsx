import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { downloadText } from '../enrollment/recovery/downloadText';
import { FeatureError } from '../importing/FeatureError';
import { minimumScore, StrengthMeter } from './StrengthMeter';
import { useStrength } from './useStrength';

type Saved = { words: 'saved' | 'downloaded'; fileName: string } | { words: 'saveCancelled' };

/**
 * An encrypted backup: a passphrase (with its strength, which must reach "Strong") typed
 * twice. The host encrypts it; the file is downloaded (browser host) or saved where the
 * person chooses (Electron), as the answer's `savedAs` says.
 */
export function BackupForm() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState<Saved | undefined>(undefined);
  const score = useStrength(passphrase);
  const mismatch = (submitted || again.length >= passphrase.length) && again !== '' && again !== passphrase;
  const backUp = useAction(async (value: string) => {
    const answer = await bridge.exporting.backup({ passphrase: value });
    if (answer.savedAs === 'download') {
      downloadText(answer.fileName, answer.text);
      setSaved({ words: 'downloaded', fileName: answer.fileName });
    } else if (answer.savedAs === 'file') {
      setSaved({ words: 'saved', fileName: answer.fileName });
    } else {
      setSaved({ words: 'saveCancelled' });
    }
  });
  const edit = () => {
    backUp.reset();
    setSaved(undefined);
  };
  return (
    <form
      aria-labelledby="backup-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (passphrase === '' || passphrase !== again || score === undefined || score < minimumScore) return;
        void backUp.run(passphrase);
      }}
    >
      <h2 id="backup-title">{t('exporting.backupTitle')}</h2>
      <p>{t('exporting.backupIntro')}</p>
      <Field
        label={t('exporting.passphrase')}
        hint={t('exporting.passphraseHint')}
        type="password"
        autoComplete="new-password"
        problem={
          submitted && (score === undefined || score < minimumScore)
            ? t('exporting.strength.tooWeak', { minimum: t(`exporting.strength.score${minimumScore}`) })
            : undefined
        }
        value={passphrase}
        onChange={(event) => {
          setPassphrase(event.target.value);
          edit();
        }}
      />
      <StrengthMeter id="backup-strength" score={passphrase === '' ? undefined : score} typed={passphrase !== ''} />
      <Field
        label={t('exporting.confirm')}
        problem={mismatch ? t('exporting.mismatch') : undefined}
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={(event) => {
          setAgain(event.target.value);
          edit();
        }}
      />
      <FeatureError error={backUp.error} feature="exporting" />
      <div role="status">{saved === undefined ? null : <p>{t(`exporting.${saved.words}`, saved)}</p>}</div>
      <button type="submit" disabled={backUp.pending}>
        {backUp.pending ? t('common.working') : t('exporting.backUp')}
      </button>
    </form>
  );
}
