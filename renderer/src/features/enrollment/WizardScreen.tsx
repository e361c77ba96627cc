import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../data/useAccount';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { SignInFlow } from '../signIn/SignInFlow';
import { wizardStage } from './wizardStage';

// Sign-in comes with the first screen; each later stage loads when the account reaches it
// (the phone step's number formatting and the passkey library are the heavy parts).
const MethodStage = lazy(() => import('./methods/MethodStage').then((module) => ({ default: module.MethodStage })));
const RecoveryCodeStep = lazy(() =>
  import('./recovery/RecoveryCodeStep').then((module) => ({ default: module.RecoveryCodeStep })),
);
const DoneStep = lazy(() => import('./recovery/DoneStep').then((module) => ({ default: module.DoneStep })));

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
  const stage = wizardStage(account);
  return (
    <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
      {stage === 'method' && <MethodStage account={account} />}
      {stage === 'recovery' && <RecoveryCodeStep account={account} />}
      {stage === 'done' && <DoneStep account={account} />}
    </Suspense>
  );
}
