import type { AccountStatus } from '../../../../../electron/contract/accountStatus';
import { useTranslation } from 'react-i18next';
import { WizardStep } from '../WizardStep';

/** Steps 2 and 3: choose a method, then set it up. (To be built.) */
export function MethodStage({ account }: { account: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <WizardStep step="choose" headingId="choose-title" title={t('methods.title')}>
      <p>{account.displayName}</p>
    </WizardStep>
  );
}
