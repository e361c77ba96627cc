import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { MfaStep, SignInStep } from '../../../../electron/contract/accountStatus';
import { setAccount } from '../../data/useAccount';
import { setWizardNotice, useWizardNotice } from '../enrollment/wizardNotice';
import { WizardStep } from '../enrollment/WizardStep';
import { MfaChoice, type SignedInStep } from './MfaChoice';
import { SignInForm } from './SignInForm';
import './signIn.css';

/**
 * Step 1: username and password, then "confirm it's you" when the server asks for a
 * method. Once signed in (or let in to set up a method), the account goes into the
 * store and the wizard moves on by itself to the step the server says is pending.
 */
export function SignInFlow() {
  const { t } = useTranslation();
  const [mfa, setMfa] = useState<MfaStep | undefined>(undefined);
  const cancelled = useWizardNotice() === 'cancelled';
  const signedIn = (step: SignedInStep) => {
    setWizardNotice(step.recoveryCodeUsed ? 'recoveryCodeUsed' : undefined);
    setAccount(step.account);
  };
  const onStep = (step: SignInStep) => {
    if (step.status === 'signed_in') signedIn(step);
    else {
      setWizardNotice(undefined);
      setMfa(step);
    }
  };
  if (mfa === undefined) {
    return (
      <WizardStep step="signIn" headingId="sign-in-title" title={t('signIn.title')} cancellable={false}>
        {cancelled && <p role="status">{t('enrollment.cancelled')}</p>}
        <SignInForm onStep={onStep} />
      </WizardStep>
    );
  }
  return (
    <WizardStep
      key="mfa"
      step="signIn"
      headingId="mfa-title"
      title={t('signIn.mfa.title')}
      // Back keeps the username for another try; Cancel also drops the host's open sign-in
      // (signing out forgets it) and says so on the sign-in step.
      onBack={() => setMfa(undefined)}
      onCancelled={() => setMfa(undefined)}
    >
      <p>{t('signIn.mfa.intro')}</p>
      <MfaChoice step={mfa} onSignedIn={signedIn} />
    </WizardStep>
  );
}
