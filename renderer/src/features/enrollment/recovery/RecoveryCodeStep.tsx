import { useEffect } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import type { AccountStatus } from '../../../../../electron/contract/accountStatus';
import { useBridge } from '../../../bridge/BridgeContext';
import { FormError } from '../../../ui/FormError';
import { WizardStep } from '../WizardStep';
import { ConfirmRecoveryCode } from './ConfirmRecoveryCode';
import { RecoveryCodeCard } from './RecoveryCodeCard';
import { useShownRecoveryCode } from './useShownRecoveryCode';
import { SignInAgain } from '../SignInAgain';
import { useWizardNotice } from '../wizardNotice';

/**
 * Step 4, which cannot be skipped: the recovery code, ways to keep it, and the check that
 * it was kept. The wizard ends only when the server says the code is confirmed (the
 * answer's account moves the wizard on).
 */
export function RecoveryCodeStep({ account, onBack }: { account: AccountStatus; onBack?: () => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const code = useShownRecoveryCode(() => bridge.enrollment.recoveryCode({}));
  const usedUp = useWizardNotice() === 'recoveryCodeUsed';
  const { fetch } = code;
  useEffect(() => {
    void fetch();
  }, [fetch]);

  return (
    <WizardStep
      step="recovery"
      headingId="recovery-title"
      title={t('recovery.title')}
      {...(onBack === undefined ? {} : { onBack })}
      loading={code.shown === undefined && code.error === undefined}
    >
      {usedUp && <p className="warning-banner">{t('recovery.usedUp')}</p>}
      <p>{t('recovery.intro')}</p>
      <p className="recovery-warning">{t('recovery.lossWarning')}</p>
      {code.shown === undefined ? (
        <>
          {code.error === undefined && <p role="status">{t('recovery.loading')}</p>}
          <FormError error={code.error} />
          <SignInAgain error={code.error} />
          {code.error !== undefined && (
            <button type="button" onClick={() => void fetch()}>
              {t('common.tryAgain')}
            </button>
          )}
        </>
      ) : (
        <>
          <RecoveryCodeCard shown={code.shown} account={account} />
          <ConfirmRecoveryCode shown={code.shown} />
        </>
      )}
    </WizardStep>
  );
}
