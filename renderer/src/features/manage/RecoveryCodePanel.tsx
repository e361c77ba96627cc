import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountStatus, RecoveryCodeShown } from '../../../../electron/contract/accountStatus';
import { useBridge } from '../../bridge/BridgeContext';
import { FormError } from '../../ui/FormError';
import { ConfirmRecoveryCode } from '../enrollment/recovery/ConfirmRecoveryCode';
import { formatDay } from '../../ui/formatLongDate';
import { RecoveryCodeCard } from '../enrollment/recovery/RecoveryCodeCard';
import { useFocusAfterRender } from './useFocusAfterRender';
import { useFreshAction } from './useFreshAction';
import type { StepUpControl } from './useStepUp';

interface Props {
  account: AccountStatus;
  stepUp: StepUpControl;
  /** Reads the account again after a change, with a sentence to announce. */
  onChanged: (notice?: string) => Promise<unknown>;
  /** The panel may show its code or its "replace" warning (one open thing on the page at a time). */
  open: boolean;
  /** The panel shows its code or warning: whatever else the page had open closes. */
  onOpen: () => void;
}

/**
 * The recovery code on the manage page: show it again (after a step-up) with the same
 * save, print and copy as the wizard, or replace it (with a warning: the old one stops
 * at once), after which the new one must be confirmed again. The code is held in this
 * panel's state only while shown: when something else on the page opens, it goes.
 * Focus follows the buttons that come and go: the heading when a code appears, the
 * button that opened it when it closes.
 */
export function RecoveryCodePanel({ account, stepUp, onChanged, open, onOpen }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [asking, setAsking] = useState(false);
  const [shown, setShown] = useState<{ code: RecoveryCodeShown; isNew: boolean } | undefined>(undefined);
  if (!open && (shown !== undefined || asking)) {
    // Something else on the page opened: the code and the warning close (the code leaves memory too).
    setShown(undefined);
    setAsking(false);
  }
  const heading = useRef<HTMLHeadingElement>(null);
  const showButton = useRef<HTMLButtonElement>(null);
  const issueButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const reveal = (code: RecoveryCodeShown, isNew: boolean) => {
    onOpen();
    setShown({ code, isNew });
    focusAfterRender(heading);
  };
  const showAction = useFreshAction(
    stepUp,
    () => bridge.manage.showRecoveryCode({}),
    (code) => reveal(code, false),
  );
  const issueAction = useFreshAction(
    stepUp,
    () => bridge.manage.issueRecoveryCode({}),
    async (code) => {
      setAsking(false);
      // The account's code is now "issued": read it first, so the compliance box above has
      // changed before the new code and its buttons appear, not under them a moment later.
      await onChanged();
      reveal(code, true);
    },
  );
  const status = account.recoveryCode;
  const hide = () => {
    setShown(undefined);
    focusAfterRender(status.status === 'none' ? issueButton : showButton);
  };

  return (
    <section aria-labelledby="recovery-panel-title" className="recovery-panel">
      <h2 id="recovery-panel-title" tabIndex={-1} ref={heading}>
        {t('manage.recovery.title')}
      </h2>
      <p>
        {status.status === 'confirmed'
          ? t('manage.recovery.confirmed', {
              date: formatDay(status.issuedAt ?? status.confirmedAt ?? '', t),
            })
          : t(`manage.recovery.${status.status}`)}
      </p>
      {shown === undefined ? (
        <div className="recovery-actions">
          {status.status !== 'none' && (
            // Never `disabled` while pending: a disabled button drops the focus it has.
            <button type="button" ref={showButton} onClick={showAction.start} aria-disabled={showAction.pending}>
              {t('manage.recovery.show')}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            ref={issueButton}
            onClick={() => {
              onOpen();
              setAsking(true);
            }}
          >
            {t('manage.recovery.issueNew')}
          </button>
        </div>
      ) : (
        <>
          {shown.isNew && <p className="recovery-warning">{t('manage.recovery.newCodeNotice')}</p>}
          <RecoveryCodeCard shown={shown.code} account={account} />
          {(shown.isNew || status.status !== 'confirmed') && (
            <ConfirmRecoveryCode
              shown={shown.code}
              onConfirmed={() => {
                setShown(undefined);
                void onChanged(t('manage.recovery.confirmedNotice'));
              }}
            />
          )}
          <button type="button" className="secondary" onClick={hide}>
            {t('manage.recovery.hide')}
          </button>
        </>
      )}
      {asking && shown === undefined && (
        <div className="inline-form" role="group" aria-labelledby="issue-warning">
          <p id="issue-warning" className="recovery-warning">
            {t('manage.recovery.issueWarning')}
          </p>
          <button type="button" onClick={issueAction.start} aria-disabled={issueAction.pending}>
            {t('manage.recovery.issueYes')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setAsking(false);
              focusAfterRender(issueButton);
            }}
          >
            {t('common.cancel')}
          </button>
        </div>
      )}
      <FormError error={showAction.error ?? issueAction.error} />
    </section>
  );
}
