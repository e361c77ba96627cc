import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountName } from './accountName';
import { CodeValue } from './CodeValue';
import { RemoveConfirm } from './RemoveConfirm';
import { RenameForm } from './RenameForm';
import type { CodeAccount } from './useCodes';

interface Props {
  account: CodeAccount;
  now: number;
  first: boolean;
  last: boolean;
  onCopy: (id: string) => void;
  /** Moves the account one place up (-1) or down (+1). */
  onMove: (id: string, by: -1 | 1) => void;
  onNotice: (notice: string) => void;
}

type Mode = 'view' | 'rename' | 'remove';

/**
 * One account: its service and account name, the code (copy on click or Enter), the
 * "already used" hint, and Move up, Move down, Rename and Delete (each by keyboard).
 */
export const CodeRow = memo(function CodeRow({ account, now, first, last, onCopy, onMove, onNotice }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  // The button to return to when the inline form closes (by id: the row's buttons are new then).
  const [back, setBack] = useState<string | undefined>(undefined);
  const name = accountName(account);
  const done = (notice: string | undefined) => {
    setMode('view');
    if (notice !== undefined) onNotice(notice);
  };
  useEffect(() => {
    if (mode === 'view' && back !== undefined) document.getElementById(back)?.focus();
  }, [mode, back]);
  return (
    <li className="code-row">
      <div className="code-names">
        <span className="code-issuer">{account.issuer === '' ? account.label : account.issuer}</span>
        {account.issuer !== '' && account.label !== '' && <span className="code-label">{account.label}</span>}
      </div>
      <CodeValue account={account} now={now} onCopy={onCopy} />
      {account.alreadyUsed && <p className="hint code-used">{t('codes.alreadyUsed')}</p>}
      {mode === 'view' && (
        <div className="code-actions">
          <button
            type="button"
            className="secondary"
            id={`move-up-${account.id}`}
            disabled={first}
            onClick={() => onMove(account.id, -1)}
          >
            {`${t('codes.moveUp')} `}
            <span className="visually-hidden">({name})</span>
          </button>
          <button
            type="button"
            className="secondary"
            id={`move-down-${account.id}`}
            disabled={last}
            onClick={() => onMove(account.id, 1)}
          >
            {`${t('codes.moveDown')} `}
            <span className="visually-hidden">({name})</span>
          </button>
          <button
            type="button"
            className="secondary"
            id={`rename-${account.id}`}
            onClick={() => {
              setBack(`rename-${account.id}`);
              setMode('rename');
            }}
          >
            {`${t('codes.rename')} `}
            <span className="visually-hidden">({name})</span>
          </button>
          <button
            type="button"
            className="secondary"
            id={`remove-${account.id}`}
            onClick={() => {
              setBack(`remove-${account.id}`);
              setMode('remove');
            }}
          >
            {`${t('codes.remove')} `}
            <span className="visually-hidden">({name})</span>
          </button>
        </div>
      )}
      {mode === 'rename' && <RenameForm account={account} onDone={done} />}
      {mode === 'remove' && <RemoveConfirm account={account} onDone={done} />}
    </li>
  );
});
