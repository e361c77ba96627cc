import { lazy, Suspense, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { AccountStatus } from '../../../../electron/contract/accountStatus';
import { AccountGate } from '../../app/AccountGate';
import { withLaterStrings } from '../../i18n/setupI18n';
import { SignInFlow } from '../signIn/SignInFlow';
import { wizardStage } from './wizardStage';

// Sign-in comes with the first screen; each later stage loads when the account reaches it
// (the phone step's number formatting and the passkey library are the heavy parts), with
// the strings of the later stages and screens (i18n/laterStrings.ts).
const MethodStage = lazy(() =>
  withLaterStrings(import('./methods/MethodStage')).then((module) => ({ default: module.MethodStage })),
);
const RecoveryCodeStep = lazy(() =>
  withLaterStrings(import('./recovery/RecoveryCodeStep')).then((module) => ({ default: module.RecoveryCodeStep })),
);
const DoneStep = lazy(() =>
  withLaterStrings(import('./recovery/DoneStep')).then((module) => ({ default: module.DoneStep })),
);

/**
 * The start screen: sign in, then whatever the account still needs, in order — a
 * method, then the recovery code — then what is set up. Each stage comes from the ID
 * server's account status, so a reload or restart lands on the pending one.
 */
export default function WizardScreen() {
  return (
    <AccountGate>{(account) => (account === null ? <SignInFlow /> : <WizardStages account={account} />)}</AccountGate>
  );
}

function WizardStages({ account }: { account: AccountStatus }) {
  const { t } = useTranslation();
  // Back from the recovery-code step: add another method first (the code stays issued).
  const [addingMore, setAddingMore] = useState(false);
  const stage = wizardStage(account);
  const showMethods = stage === 'method' || (stage === 'recovery' && addingMore);
  return (
    <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
      {showMethods && (
        <MethodStage account={account} {...(addingMore ? { onFinished: () => setAddingMore(false) } : {})} />
      )}
      {stage === 'recovery' && !addingMore && <RecoveryCodeStep account={account} onBack={() => setAddingMore(true)} />}
      {stage === 'done' && <DoneStep account={account} />}
    </Suspense>
  );
}
