import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountStatus } from '../../../../electron/contract/accountStatus';
import { MethodRow } from './MethodRow';
import type { StepUpControl } from './useStepUp';

interface Props {
  account: AccountStatus;
  stepUp: StepUpControl;
  /**
   * Reads the account again after a change; `focusNotice: false` when this table places
   * focus itself. Answers whether the account was read (the page says it when it was not).
   */
  onChanged: (notice: string, focusNotice?: boolean) => Promise<boolean>;
  onAdd: () => void;
  /** What the page has open (`method <id>` for a row), and how a row claims it. */
  open: string | null;
  onOpen: (id: string) => void;
}

/**
 * The account's methods as a table: type, name, added, last used, and what can be done
 * with each. After a removal focus goes to the row that took the removed one's place (or
 * the one before it), else to the table's heading; when the account could not be read
 * again, the page's notice has it instead.
 */
export function MethodTable({ account, stepUp, onChanged, onAdd, open, onOpen }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const removedAt = useRef<number | null>(null);
  useEffect(() => {
    const at = removedAt.current;
    if (at === null) return;
    removedAt.current = null;
    const rows = body.current?.rows ?? [];
    const next = rows[Math.min(at, rows.length - 1)]?.querySelector('button');
    (next ?? heading.current)?.focus();
  }, [account.methods]);

  return (
    <>
      <h2 id="methods-title" tabIndex={-1} ref={heading}>
        {t('manage.methods.title')}
      </h2>
      <table className="methods" aria-labelledby="methods-title">
        <caption className="visually-hidden">{t('manage.methods.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('manage.methods.type')}</th>
            <th scope="col">{t('manage.methods.name')}</th>
            <th scope="col">{t('manage.methods.added')}</th>
            <th scope="col">{t('manage.methods.lastUsed')}</th>
            <th scope="col">{t('manage.methods.actions')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {account.methods.map((method, index) => (
            <MethodRow
              key={method.id}
              method={method}
              stepUp={stepUp}
              onChanged={onChanged}
              onRemoved={async (notice) => {
                removedAt.current = index;
                const read = await onChanged(notice, false);
                // Not read: the rows stay, the page's notice takes focus, and no later change
                // of the list (a retry, another screen's read) moves focus for this removal.
                if (!read) removedAt.current = null;
                return read;
              }}
              onAdd={onAdd}
              open={open === `method ${method.id}`}
              onOpen={() => onOpen(`method ${method.id}`)}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}
