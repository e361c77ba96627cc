import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { AccountGate } from '../../app/AccountGate';
import { Link } from '../../app/router';
import type { AccountStatus } from '../../../../electron/contract/accountStatus';
import { useBridge } from '../../bridge/BridgeContext';
import { setAccount } from '../../data/useAccount';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { MethodStage } from '../enrollment/methods/MethodStage';
import { ComplianceSummary } from '../enrollment/recovery/ComplianceSummary';
import { StepUpInstead } from '../enrollment/SignInAgain';
import { MethodTable } from './MethodTable';
import { RecoveryCodePanel } from './RecoveryCodePanel';
import { StepUp } from './StepUp';
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
  const stepUp = useStepUp(account.fresh);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const busy = stepUp.pending !== null || adding;

  const onChanged = useCallback(
    async (message?: string) => {
      setAccount(await bridge.signIn.status({}));
      if (message !== undefined) {
        setNotice(message);
        noticeRef.current?.focus();
      }
    },
    [bridge],
  );
  const add = () => stepUp.whenFresh(() => setAdding(true));
  // The page's "fresh" can be out of date: an add the server refuses asks for the step-up, then opens again.
  const { ask } = stepUp;
  const askToAdd = useCallback(() => {
    setAdding(false);
    ask(() => setAdding(true));
  }, [ask]);
  useEffect(() => {
    if (!busy && notice !== '') noticeRef.current?.focus();
  }, [busy, notice]);

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
              void onChanged(added ? t('manage.methods.addedNotice') : undefined);
            }}
          />
        </StepUpInstead.Provider>
      )}
      <div hidden={busy}>
        <ComplianceSummary compliance={account.compliance} />
        <p role="status" tabIndex={-1} ref={noticeRef} className="manage-notice">
          {notice}
        </p>
        <MethodTable account={account} stepUp={stepUp} onChanged={onChanged} onAdd={add} />
        <p>
          <button type="button" onClick={add}>
            {t('manage.methods.add')}
          </button>
        </p>
        <RecoveryCodePanel account={account} stepUp={stepUp} onChanged={onChanged} />
      </div>
    </section>
  );
}
