import { useTranslation } from 'react-i18next';
import { useAccount } from '../../data/useAccount';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SignInFlow } from '../signIn/SignInFlow';
import { MethodStage } from './methods/MethodStage';
import { DoneStep } from './recovery/DoneStep';
import { RecoveryCodeStep } from './recovery/RecoveryCodeStep';
import { wizardStage } from './wizardStage';

/**
 * The start screen: sign in, then whatever the account still needs, in order — a
 * method, then the recovery code — then what is set up. Each stage comes from the ID
 * server's account status, so a reload or restart lands on the pending one.
 */
export default function WizardScreen() {
  const { t } = useTranslation();
  const { data: account, error, reload } = useAccount();
  if (account === undefined) {
    return error === undefined ? (
      <p role="status">{t('common.loading')}</p>
    ) : (
      <ErrorMessage error={error} onRetry={reload} />
    );
  }
  if (account === null) return <SignInFlow />;
  switch (wizardStage(account)) {
    case 'method':
      return <MethodStage account={account} />;
    case 'recovery':
      return <RecoveryCodeStep account={account} />;
    case 'done':
      return <DoneStep account={account} />;
  }
}
