import { useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { AccountStatus, RecoveryCodeShown } from '../../../../../electron/contract/accountStatus';
import { useBridge } from '../../../bridge/BridgeContext';
import { useAction } from '../../../data/useAction';
import { FormError } from '../../../ui/FormError';
import { downloadText } from './downloadText';
import { formatDay } from '../../../ui/formatLongDate';
import './recovery.css';
import { secretClipboardSeconds } from '../../../ui/clearClipboardLater';
import { usePrintPage } from '../../../platform/usePrintPage';
import { useSecretClipboard } from '../../../platform/useSecretClipboard';
import { SignInAgain } from '../SignInAgain';

interface Props {
  shown: RecoveryCodeShown;
  account: Pick<AccountStatus, 'username' | 'server'>;
}

/**
 * The recovery code on screen: four groups of four digits (read digit by digit by screen
 * readers), and the three ways to keep it — Save to a file, Print (a print-only page with
 * the code, account, server, date and instructions), Copy. Used by the wizard and by the
 * manage page; the code lives only in the props of whoever shows it.
 */
export function RecoveryCodeCard({ shown, account }: Props) {
  const { t, i18n } = useTranslation();
  const bridge = useBridge();
  const [note, setNote] = useState<string>('');
  const issuedOn = formatDay(shown.issuedAt, t);
  const digitByDigit = shown.groups.map((group) => group.split('').join(' ')).join(', ');

  const save = useAction(async () => {
    setNote('');
    const saved = await bridge.enrollment.saveRecoveryFile({ language: i18n.language });
    if (saved.savedAs === 'download') {
      downloadText(saved.fileName, saved.text);
      setNote(t('recovery.downloaded', { fileName: saved.fileName }));
    } else if (saved.savedAs === 'file') {
      setNote(t('recovery.savedAs', { fileName: saved.fileName }));
    }
  });

  const clipboard = useSecretClipboard();
  const print = usePrintPage();
  const copy = async () => {
    const copied = await clipboard.copy(shown.groups.join(''), secretClipboardSeconds).catch(() => ({ copied: false }));
    setNote(copied.copied ? t('recovery.copied', { seconds: secretClipboardSeconds }) : t('recovery.copyFailed'));
  };

  return (
    <div className="recovery-card">
      <p className="recovery-code" role="img" aria-label={t('recovery.codeLabel', { digits: digitByDigit })}>
        {shown.groups.map((group, index) => (
          <span key={index} className="recovery-group">
            {group}
          </span>
        ))}
      </p>
      <p className="recovery-issued">{t('recovery.issuedOn', { date: issuedOn })}</p>
      <div className="recovery-actions">
        {/* Not `disabled` while saving: a disabled button drops its focus (a second click is ignored). */}
        <button type="button" onClick={() => void save.run(undefined)} aria-disabled={save.pending}>
          {t('recovery.save')}
        </button>
        <button type="button" onClick={() => void print()}>
          {t('recovery.print')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('recovery.copy')}
        </button>
      </div>
      <p role="status" className="recovery-note">
        {note}
      </p>
      <FormError error={save.error} />
      <SignInAgain error={save.error} />
      <section className="recovery-print">
        <h2>{t('recovery.printTitle')}</h2>
        <p className="recovery-code">{shown.groups.join(' ')}</p>
        <dl>
          <dt>{t('recovery.printAccount')}</dt>
          <dd>{account.username}</dd>
          <dt>{t('recovery.printServer')}</dt>
          <dd>{account.server}</dd>
          <dt>{t('recovery.printDate')}</dt>
          <dd>{issuedOn}</dd>
        </dl>
        <ul>
          <li>{t('recovery.printInstructions.keep')}</li>
          <li>{t('recovery.printInstructions.use')}</li>
          <li>{t('recovery.printInstructions.lost')}</li>
        </ul>
      </section>
    </div>
  );
}
