import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { AccountGate } from '../../app/AccountGate';
import { Link } from '../../app/router';
import type { AccountStatus } from '../../../../electron/contract/accountStatus';
import { useBridge } from '../../bridge/BridgeContext';
import { setAccount } from '../../data/useAccount';
import { FormError } from '../../ui/FormError';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { MethodStage } from '../enrollment/methods/MethodStage';
import { ComplianceSummary } from '../enrollment/recovery/ComplianceSummary';
import { StepUpInstead } from '../enrollment/SignInAgain';
import { MethodTable } from './MethodTable';
import { RecoveryCodePanel } from './RecoveryCodePanel';
import { StepUp } from './StepUp';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useStepUp } from './useStepUp';
import './manage.css';

/**
 * The manage page (`/manage`, a `full` session): the compliance banner, the methods
 * (rename, remove after a step-up, add another), and the recovery code (show again or
 * replace). Without a full session it says so and points to the start.
 */
export default function ManageScreen() {
  return <AccountGate>{(account) => <ManageOrExplain account={account} />}</AccountGate>;
}

function ManageOrExplain({ account }: { account: AccountStatus | null }) {
  const { t } = useTranslation();
  if (account === null || account.scope === 'enroll') {
    return (
      <section aria-labelledby="manage-title">
        <ScreenHeading id="manage-title">{t('manage.title')}</ScreenHeading>
        <p>{account === null ? t('manage.notSignedIn') : t('manage.finishSetUp')}</p>
        <p>
          <Link to="/">{t('manage.toStart')}</Link>
        </p>
      </section>
    );
  }
  return <ManagePage account={account} />;
}

function ManagePage({ account }: { account: AccountStatus }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const addButton = useRef<HTMLButtonElement>(null);
  const stepUp = useStepUp(account.fresh, addButton);
  const [adding, setAdding] = useState(false);
  // The one thing open on the page (a row's form or confirmation, the recovery code): opening another closes it.
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const focusNotice = useRef(false);
  const focusAfterRender = useFocusAfterRender();
  const busy = stepUp.pending !== null || adding;

  // Reading the account again after a change failed: the change was made, the list is out of date.
  const [readFailure, setReadFailure] = useState<unknown>(undefined);

  /** Reads the account again after a change and says `message`; answers whether it was read. */
  const onChanged = useCallback(
    async (message?: string, moveFocus = true): Promise<boolean> => {
      let read = true;
      try {
        setAccount(await bridge.signIn.status({}));
        setReadFailure(undefined);
      } catch (failure) {
        setReadFailure(failure);
        read = false;
      }
      if (message !== undefined) {
        // Not read: a control waiting for the new list gives way to the notice, which says what was done.
        focusNotice.current = moveFocus || !read;
        setNotice(message);
      }
      return read;
    },
    [bridge],
  );
  const startAdding = useCallback(() => {
    setOpen(null);
    setAdding(true);
  }, []);
  const add = () => stepUp.whenFresh(startAdding);
  // The page's "fresh" can be out of date: an add the server refuses asks for the step-up, then opens again.
  const { ask } = stepUp;
  const askToAdd = useCallback(() => {
    setAdding(false);
    ask(startAdding);
  }, [ask, startAdding]);
  // The notice takes focus once it is on screen (not while a step-up or the add form hides the list).
  useEffect(() => {
    if (busy || !focusNotice.current) return;
    focusNotice.current = false;
    noticeRef.current?.focus();
  });

  return (
    <section aria-labelledby="manage-title" className="manage">
      <ScreenHeading id="manage-title">{t('manage.title')}</ScreenHeading>
      {stepUp.pending !== null && <StepUp onFresh={stepUp.finish} onCancel={stepUp.cancel} />}
      {adding && stepUp.pending === null && (
        <StepUpInstead.Provider value={askToAdd}>
          <MethodStage
            account={account}
            mode="add"
            onFinished={(added) => {
              setAdding(false);
              // Nothing added: back to the button that opened the form (the notice takes focus otherwise).
              if (!added) focusAfterRender(addButton);
              void onChanged(added ? t('manage.methods.addedNotice') : undefined);
            }}
          />
        </StepUpInstead.Provider>
      )}
      <div hidden={busy}>
        <ComplianceSummary compliance={account.compliance} />
        <p role="status" tabIndex={-1} ref={noticeRef} className="manage-notice status-line">
          {notice}
        </p>
        <FormError error={readFailure} />
        {readFailure !== undefined && (
          <p>
            {/* Reads the list again; focus then goes back to the notice, as this button goes. */}
            <button type="button" onClick={() => void onChanged(notice)}>
              {t('common.tryAgain')}
            </button>
          </p>
        )}
        <MethodTable account={account} stepUp={stepUp} onChanged={onChanged} onAdd={add} open={open} onOpen={setOpen} />
        <p>
          <button type="button" ref={addButton} onClick={add}>
            {t('manage.methods.add')}
          </button>
        </p>
        <RecoveryCodePanel
          account={account}
          stepUp={stepUp}
          onChanged={onChanged}
          open={open === recoveryPanel}
          onOpen={() => setOpen(recoveryPanel)}
        />
      </div>
    </section>
  );
}

/** The recovery code panel's name in the page's `open` (method ids are the server's). */
const recoveryPanel = 'recovery code';
