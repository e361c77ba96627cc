import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { CurrentPinField } from '../profiles/CurrentPinField';
import { PinError } from '../profiles/PinError';
import { useWait } from '../signIn/ActionError';
import { PinResetSignIn } from './PinResetSignIn';
import { StepForm } from './StepForm';
import { useCodesAnswered } from '../codes/useCodes';
import { forgetPinResetInfo, usePinResetInfo } from './usePinResetInfo';
import { usePinResetCancel } from './usePinResetCancel';
import './pinReset.css';

type Step = 'offer' | 'signIn' | 'pin' | 'done';

/**
 * Under the open person's codes, while their profile is linked to an ID-server account
 * and its PIN reset is not set up: "Set up PIN reset" signs in to that account
 * (password, then a code) and confirms with the current PIN, so that a forgotten PIN can
 * later be reset by signing in. Shows nothing otherwise. Cancel and leaving the screen
 * during the sign-in forget it on the host.
 */
export function PinResetSetUp({ profile }: { profile: { id: string; name: string } }) {
  const { t } = useTranslation();
  // Below the codes, asked once they are in: it comes after them and moves none of them.
  const info = usePinResetInfo(profile.id, { enabled: useCodesAnswered() });
  const [step, setStep] = useState<Step>('offer');
  const forget = usePinResetCancel(step === 'signIn' || step === 'pin');
  const cancel = () => {
    forget();
    setStep('offer');
  };
  if (step === 'done') {
    return (
      <p role="status" className="pin-reset-done">
        {t('people.reset.setUpDone')}
      </p>
    );
  }
  const account = info.data?.account;
  if (account == null || info.data?.ready !== false) return null;
  return (
    <section aria-label={t('people.reset.setUpTitle')} className="pin-reset-setup">
      {step === 'offer' && (
        <>
          <h2>{t('people.reset.setUpTitle')}</h2>
          <p>{t('people.reset.setUpIntro', { server: account.server, username: account.username })}</p>
          <button type="button" onClick={() => setStep('signIn')}>
            {t('people.reset.setUpStart')}
          </button>
        </>
      )}
      {step === 'signIn' && (
        <PinResetSignIn
          profileId={profile.id}
          title={t('people.reset.setUpSignInTitle', { server: account.server })}
          intro={t('people.reset.setUpSignInIntro', { username: account.username })}
          onProved={() => setStep('pin')}
          onCancel={cancel}
        />
      )}
      {step === 'pin' && (
        <CurrentPinStep
          name={profile.name}
          onDone={() => {
            forgetPinResetInfo(profile.id);
            setStep('done');
          }}
          onCancel={cancel}
        />
      )}
    </section>
  );
}

/** The set-up's last step: the current PIN, checked as an unlock checks it (tries left, wait). */
function CurrentPinStep({ name, onDone, onCancel }: { name: string; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [pin, setPin] = useState('');
  const setUp = useAction(async () => {
    await bridge.profiles.setUpPinReset({ currentPin: pin });
    onDone();
  });
  const left = useWait(setUp.error);
  return (
    <StepForm
      title={t('people.reset.currentPinTitle')}
      action={setUp}
      left={left}
      submitLabel={t('people.reset.setUpFinish')}
      onCancel={onCancel}
      error={<PinError error={setUp.error} left={left} name={name} />}
    >
      <CurrentPinField
        label={t('people.reset.currentPin')}
        value={pin}
        onChange={(value) => {
          setPin(value);
          setUp.reset();
        }}
      />
    </StepForm>
  );
}
