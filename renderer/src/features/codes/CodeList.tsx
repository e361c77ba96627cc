import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { CodeRow, type RowMode } from './CodeRow';
import type { CodesNotice } from './codesNotice';
import { filterAccounts } from './filterAccounts';
import { useRingClock } from './ringClock';
import { rowLabels } from './rowLabels';
import type { CodeAccount } from './useCodes';

interface Props {
  accounts: CodeAccount[];
  query: string;
  onCopy: (id: string) => void;
  /** Moves the account one place up (-1) or down (+1). */
  onMove: (id: string, by: -1 | 1) => void;
  onNotice: (notice: CodesNotice) => void;
  /** Gives focus outside the list when a delete leaves no shown row to take it (`listEmpty`: no account at all). */
  focusOutside: (listEmpty: boolean) => void;
}

/** The row being renamed or deleted (one at a time), and the button to give focus back to after. */
interface Editing {
  id: string;
  mode: Exclude<RowMode, 'view'>;
}

/**
 * Every account of the open person, each row rendered once: a search hides the rows
 * that do not match instead of removing them, and the page's clock reaches only the
 * rings. The rows' buttons have no handlers of their own: one click handler on the list
 * reads the button's `data-action` and its row's `data-id` (Enter and Space on a button
 * click it, so the keyboard goes the same way).
 */
export function CodeList({ accounts, query, onCopy, onMove, onNotice, focusOutside }: Props) {
  const { t } = useTranslation();
  const labels = useMemo(() => rowLabels(t), [t]);
  const list = useRef<HTMLUListElement>(null);
  // The rings follow the clock here, once for the list: the rows do not render again for it.
  useRingClock(list, accounts, labels.secondsLeft);
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  // The id of the button to give focus to once the form closes; null: no shown row is left.
  const [back, setBack] = useState<string | null | undefined>(undefined);
  const shown = useMemo(() => new Set(filterAccounts(accounts, query).map((account) => account.id)), [accounts, query]);
  const firstId = accounts[0]?.id;
  const lastId = accounts.at(-1)?.id;
  // Read when a form closes, without giving the rows a new `onDone` on each search.
  const now = useRef({ accounts, shown, editing });
  useLayoutEffect(() => {
    now.current = { accounts, shown, editing };
  });

  const onDone = useCallback(
    (notice: CodesNotice | undefined) => {
      const { editing: closing, accounts: before, shown: visible } = now.current;
      // The deleted row's buttons are gone: the next shown row's Delete takes focus, or the one before.
      if (notice?.kind === 'removed' && closing !== undefined) setBack(neighbourOf(before, visible, closing.id));
      setEditing(undefined);
      if (notice !== undefined) onNotice(notice);
    },
    [onNotice],
  );
  // The inline form closed: focus goes back to the button that opened it, or the neighbour's after a delete.
  useEffect(() => {
    if (editing !== undefined || back === undefined) return;
    if (back === null) focusOutside(now.current.accounts.length === 0);
    else document.getElementById(back)?.focus();
  }, [editing, back, focusOutside]);

  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    const id = button?.closest<HTMLElement>('li[data-id]')?.dataset.id;
    if (!(button instanceof HTMLButtonElement) || id === undefined) return;
    const action = button.dataset.action;
    if (action === 'copy') onCopy(id);
    if (action === 'up' || action === 'down') onMove(id, action === 'up' ? -1 : 1);
    if (action === 'rename' || action === 'remove') {
      setBack(button.id);
      setEditing({ id, mode: action });
    }
  };

  if (accounts.length === 0) return <p>{t('codes.none')}</p>;
  return (
    <>
      {shown.size === 0 && <p>{t('codes.noMatch', { query })}</p>}
      {/* Clicks come from the buttons inside, which are the keyboard's way in: the list itself is not a control. */}
      <ul ref={list} className="code-list" aria-label={t('codes.list')} onClick={onClick}>
        {accounts.map((account) => (
          <CodeRow
            key={account.id}
            account={account}
            hidden={!shown.has(account.id)}
            first={account.id === firstId}
            last={account.id === lastId}
            mode={editing?.id === account.id ? editing.mode : 'view'}
            onDone={onDone}
            labels={labels}
          />
        ))}
      </ul>
    </>
  );
}

/** The Delete button of the shown row after `id` (else the one before), or null when no other row is shown. */
function neighbourOf(accounts: CodeAccount[], shown: ReadonlySet<string>, id: string): string | null {
  const at = accounts.findIndex((account) => account.id === id);
  const visible = (account: CodeAccount) => account.id !== id && shown.has(account.id);
  const next = accounts.slice(at + 1).find(visible) ?? accounts.slice(0, Math.max(at, 0)).findLast(visible);
  return next === undefined ? null : `remove-${next.id}`;
}
