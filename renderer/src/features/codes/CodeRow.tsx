import { memo } from 'react';
import { accountName } from './accountName';
import type { CodesNotice } from './codesNotice';
import { groupCode } from './groupCode';
import { RemoveConfirm } from './RemoveConfirm';
import { RenameForm } from './RenameForm';
import { RevealCode } from './RevealCode';
import { secondsLeftAt } from './ringClock';
import { RingView } from './RingView';
import type { RowLabels } from './rowLabels';
import type { CodeAccount } from './useCodes';

/** A row shows its actions, or the rename form, or the delete confirmation in their place. */
export type RowMode = 'view' | 'rename' | 'remove';

interface Props {
  account: CodeAccount;
  /** Not matching the search: hidden, not removed, so that the next letter shows it again at no cost. */
  hidden: boolean;
  first: boolean;
  last: boolean;
  mode: RowMode;
  /** Closes the inline form, with what to announce. */
  onDone: (notice: CodesNotice | undefined) => void;
  /** The words of every row, translated once for the whole list. */
  labels: RowLabels;
}

/**
 * One account: its service and account name, the code with its ring, the "already used"
 * hint, and Move up, Move down, Rename and Delete. The buttons carry `data-action`; the
 * list handles their clicks (and Enter and Space, which click) in one place.
 */
export const CodeRow = memo(function CodeRow({ account, hidden, ...content }: Props) {
  return (
    <li className="code-row" data-id={account.id} hidden={hidden}>
      <RowContent account={account} {...content} />
    </li>
  );
});

/** The row's content: rendered again when the account or the mode changes, not when a search hides the row. */
const RowContent = memo(function RowContent({ account, first, last, mode, onDone, labels }: Omit<Props, 'hidden'>) {
  const name = accountName(account);
  // The name is in each button's label, for screen readers: "Move up (GitHub (alice))".
  const named = (key: 'moveUp' | 'moveDown' | 'rename' | 'remove') => ({
    'aria-label': `${labels[key]} (${name})`,
    children: labels[key],
  });
  return (
    <>
      <div className="code-names">
        <span className="code-issuer">{account.issuer === '' ? account.label : account.issuer}</span>
        {account.issuer !== '' && account.label !== '' && <span className="code-label">{account.label}</span>}
      </div>
      {account.type === 'hotp' || account.code === undefined ? (
        // Hidden until clicked, or HOTP ("Next code"): the host is asked for the code.
        <RevealCode account={account} name={name} />
      ) : (
        // A TOTP code shown at once, inline (no component of its own: 200 rows render at unlock).
        <div className="code-value">
          {/* The copy button; the list handles its click (`data-action`). */}
          <button type="button" className="code-button" data-action="copy">
            <span className="code">{groupCode(account.code)}</span>
            <span className="visually-hidden">{labels.copy(name)}</span>
          </button>
          {account.validUntil !== undefined && (
            <Ring until={account.validUntil} period={account.period ?? 30} labels={labels} />
          )}
        </div>
      )}
      {account.alreadyUsed && <p className="hint code-used">{labels.alreadyUsed}</p>}
      {mode === 'view' && (
        <div className="code-actions">
          <button
            type="button"
            className="secondary"
            id={`move-up-${account.id}`}
            data-action="up"
            disabled={first}
            {...named('moveUp')}
          />
          <button
            type="button"
            className="secondary"
            id={`move-down-${account.id}`}
            data-action="down"
            disabled={last}
            {...named('moveDown')}
          />
          <button
            type="button"
            className="secondary"
            id={`rename-${account.id}`}
            data-action="rename"
            {...named('rename')}
          />
          <button
            type="button"
            className="secondary"
            id={`remove-${account.id}`}
            data-action="remove"
            {...named('remove')}
          />
        </div>
      )}
      {mode === 'rename' && <RenameForm account={account} onDone={onDone} />}
      {mode === 'remove' && <RemoveConfirm account={account} onDone={onDone} />}
    </>
  );
});

/**
 * The ring of a code shown at once, as of the row's render; the list's clock
 * (`useRingClock`) moves it on every second. Revealed codes use `CountdownRing`.
 */
function Ring({ until, period, labels }: { until: number; period: number; labels: RowLabels }) {
  const left = secondsLeftAt(until, period);
  return <RingView left={left} period={period} words={labels.secondsLeft(left)} />;
}
