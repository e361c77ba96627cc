import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/router';
import { useBridge } from '../../bridge/BridgeContext';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/FormError';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { isAllowed, usePolicy } from '../settings/usePolicy';
import { ActionError } from '../signIn/ActionError';
import { accountName } from './accountName';
import { CodeList } from './CodeList';
import { noticeWords, type CodesNotice } from './codesNotice';
import { CopyToast } from './CopyToast';
import { updateCodes, useCodes } from './useCodes';
import { useCopyCode } from './useCopyCode';
import './codes.css';

/**
 * The open person's codes: search as you type (no request), each account with its code
 * (copy on click or Enter, with a toast), its ring and its actions; links to add, import
 * and export accounts.
 */
export function CodesScreen({ person }: { person: string }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const codes = useCodes();
  // Its links show while it is not known yet (isAllowed); it is asked once the codes are in
  // (as useCodesAnswered says, read here from the codes this screen holds).
  const policy = usePolicy({ enabled: codes.data !== undefined || codes.error !== undefined });
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<CodesNotice | undefined>(undefined);
  const [moved, setMoved] = useState<{ id: string; by: -1 | 1 } | undefined>(undefined);
  const [moveError, setMoveError] = useState<unknown>(undefined);
  const { copy, notice: copyNotice } = useCopyCode();
  const copyRun = copy.run;
  const onCopy = useCallback((id: string) => void copyRun(id), [copyRun]);
  const accounts = codes.data?.accounts;

  const onMove = useCallback(
    (id: string, by: -1 | 1) => {
      if (accounts === undefined) return;
      const from = accounts.findIndex((account) => account.id === id);
      const to = from + by;
      const account = accounts[from];
      if (account === undefined || to < 0 || to >= accounts.length) return;
      const order = [...accounts];
      order.splice(from, 1);
      order.splice(to, 0, account);
      setMoveError(undefined);
      bridge.codes.reorder({ ids: order.map((each) => each.id) }).then(
        () => {
          updateCodes(() => order);
          setMoved({ id, by });
          setNotice({ kind: 'moved', name: accountName(account), place: to + 1 });
        },
        (error: unknown) => setMoveError(error),
      );
    },
    [accounts, bridge],
  );
  // The moved row's DOM node moved too: give focus back to its button (or the other one at an end).
  useEffect(() => {
    if (moved === undefined) return;
    const same = document.getElementById(`move-${moved.by < 0 ? 'up' : 'down'}-${moved.id}`);
    const other = document.getElementById(`move-${moved.by < 0 ? 'down' : 'up'}-${moved.id}`);
    (same instanceof HTMLButtonElement && !same.disabled ? same : other)?.focus();
  }, [moved, accounts]);

  // No row left to take focus after a delete: the search field, or the heading once the list is empty.
  const search = useRef<HTMLInputElement>(null);
  const focusOutside = useCallback((listEmpty: boolean) => {
    (listEmpty ? document.getElementById('codes-title') : search.current)?.focus();
  }, []);

  return (
    <section aria-labelledby="codes-title" className="codes-screen">
      <ScreenHeading id="codes-title">{t('codes.title')}</ScreenHeading>
      <p>{t('codes.person', { name: person })}</p>
      <nav className="codes-links" aria-label={t('codes.title')}>
        <Link to="/codes/add">{t('codes.add')}</Link>
        {/* Machine policy may switch imports and backups off: their links go too. */}
        {isAllowed(policy.data, 'allowImport') && <Link to="/codes/import">{t('codes.import')}</Link>}
        {isAllowed(policy.data, 'allowExport') ? (
          <Link to="/codes/export">{t('codes.export')}</Link>
        ) : (
          isAllowed(policy.data, 'allowImport') && <Link to="/codes/export">{t('exporting.restoreTitle')}</Link>
        )}
      </nav>
      <div role="search">
        <Field
          ref={search}
          label={t('codes.search')}
          hint={t('codes.searchHint')}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {accounts === undefined ? (
        codes.error === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ActionError error={codes.error} left={undefined} />
        )
      ) : (
        <CodeList
          accounts={accounts}
          query={query}
          onCopy={onCopy}
          onMove={onMove}
          onNotice={setNotice}
          focusOutside={focusOutside}
        />
      )}
      <FormError error={copy.error ?? moveError} />
      <p role="status" className="visually-hidden">
        {noticeWords(t, notice)}
      </p>
      <CopyToast notice={copyNotice} />
    </section>
  );
}
