import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { downloadText } from '../enrollment/recovery/downloadText';
import { FeatureError } from '../importing/FeatureError';
import { isTooShort, minPassphraseLength } from './passphraseRule';
import { minimumScore, StrengthMeter } from './StrengthMeter';
import { useStrength } from './useStrength';

type Saved = { words: 'saved' | 'downloaded'; fileName: string } | { words: 'saveCancelled' };

/**
 * An encrypted backup: a passphrase of at least `minPassphraseLength` characters (the
 * host's rule, said with the field and checked here before any request) whose strength
 * must reach "Strong", typed twice. The host encrypts it; the file is downloaded (browser
 * host) or saved where the person chooses (Electron), as the answer's `savedAs` says.
 */
export function BackupForm() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState<Saved | undefined>(undefined);
  const score = useStrength(passphrase);
  const tooShort = isTooShort(passphrase);
  const tooWeak = score === undefined || score < minimumScore;
  // After a try: too short first (the host's rule), then too weak.
  let problem: string | undefined;
  if (submitted && tooShort) problem = t('exporting.tooShort', { minimum: minPassphraseLength });
  else if (submitted && tooWeak) {
    problem = t('exporting.strength.tooWeak', { minimum: t(`exporting.strength.score${minimumScore}`) });
  }
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
        if (tooShort || tooWeak || passphrase !== again) return;
        void backUp.run(passphrase);
      }}
    >
      <h2 id="backup-title">{t('exporting.backupTitle')}</h2>
      <p>{t('exporting.backupIntro')}</p>
      <Field
        label={t('exporting.passphrase')}
        hint={t('exporting.passphraseHint', { minimum: minPassphraseLength })}
        type="password"
        autoComplete="new-password"
        problem={problem}
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
