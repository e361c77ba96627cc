import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { MfaStep, SignInStep } from '../../../../electron/contract/accountStatus';
import { useBridge } from '../../bridge/BridgeContext';
import { setAccount } from '../../data/useAccount';
import { setWizardNotice, useWizardNotice, type WizardNotice } from '../enrollment/wizardNotice';
import { WizardStep } from '../enrollment/WizardStep';
import type { MfaChoice, SignedInStep } from './MfaChoice';
import { loadMfaChoice, preloadMfaChoiceWhenIdle } from './loadMfaChoice';
import { SignInForm } from './SignInForm';
import './signIn.css';

/**
 * Step 1: username and password, then "confirm it's you" when the server asks for a
 * method. Once signed in (or let in to set up a method), the account goes into the
 * store and the wizard moves on by itself to the step the server says is pending.
 */
export function SignInFlow() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [mfa, setMfa] = useState<{ step: MfaStep; MfaChoice: typeof MfaChoice } | undefined>(undefined);
  const notice = signInNotices[useWizardNotice() ?? 'recoveryCodeUsed'];
  // A lock ends the host's open sign-in (HostEvents says why here): back to the password.
  const locks = useRef(0);
  useEffect(
    () =>
      bridge.on('app.locked', () => {
        locks.current += 1;
        setMfa(undefined);
      }),
    [bridge],
  );
  useEffect(preloadMfaChoiceWhenIdle, []);
  const signedIn = (step: SignedInStep) => {
    setWizardNotice(step.recoveryCodeUsed ? 'recoveryCodeUsed' : undefined);
    setAccount(step.account);
  };
  // The form shows a failure to load the next step as its own (the host is gone).
  const onStep = async (step: SignInStep) => {
    if (step.status === 'signed_in') signedIn(step);
    else {
      const locksBefore = locks.current;
      const { MfaChoice } = await loadMfaChoice();
      // A lock while the step loaded ended this sign-in on the host: stay at the password.
      if (locks.current !== locksBefore) return;
      setWizardNotice(undefined);
      setMfa({ step, MfaChoice });
    }
  };
  if (mfa === undefined) {
    return (
      <WizardStep step="signIn" headingId="sign-in-title" title={t('signIn.title')} cancellable={false}>
        {notice !== undefined && <p role="status">{t(notice)}</p>}
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
      <mfa.MfaChoice step={mfa.step} onSignedIn={signedIn} />
    </WizardStep>
  );
}

/** Why the person is back at the sign-in step, when it was not by their own sign-out. */
const signInNotices = {
  cancelled: 'enrollment.cancelled',
  signedOutIdle: 'enrollment.signedOut.idle',
  signedOutLocked: 'enrollment.signedOut.locked',
  recoveryCodeUsed: undefined,
} as const satisfies Record<WizardNotice, string | undefined>;
