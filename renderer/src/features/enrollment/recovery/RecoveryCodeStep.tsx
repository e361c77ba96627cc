import type { AccountStatus } from '../../../../../electron/contract/accountStatus';
import { useTranslation } from 'react-i18next';
import { WizardStep } from '../WizardStep';

/** Step 4: show, save and confirm the recovery code. (To be built.) */
export function RecoveryCodeStep({ account }: { account: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <WizardStep step="recovery" headingId="recovery-title" title={t('recovery.title')}>
      <p>{account.displayName}</p>
    </WizardStep>
  );
}
