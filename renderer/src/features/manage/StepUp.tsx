import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { MfaStep } from '../../../../electron/contract/accountStatus';
import { useBridge } from '../../bridge/BridgeContext';
import { setAccount } from '../../data/useAccount';
import { FormError } from '../../ui/FormError';
import { MfaChoice } from '../signIn/MfaChoice';

interface Props {
  /** The session is fresh again (the account is already put in place). */
  onFresh: () => void;
  onCancel: () => void;
}

/**
 * "Confirm it's you": opens a step-up on the current session and lets the person finish
 * it with any of the account's methods (the sign-in's own `MfaChoice`). Its heading takes
 * focus when it appears.
 */
export function StepUp({ onFresh, onCancel }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const heading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<MfaStep | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const fresh = useRef(onFresh);
  useLayoutEffect(() => {
    fresh.current = onFresh;
  });

  useEffect(() => {
    heading.current?.focus();
    let current = true;
    bridge.signIn.stepUp({}).then(
      (next) => {
        if (!current) return;
        if (next.status === 'mfa_required') {
          setStep(next);
        } else {
          setAccount(next.account);
          fresh.current();
        }
      },
      (failure: unknown) => {
        if (current) setError(failure);
      },
    );
    return () => {
      current = false;
    };
  }, [bridge]);

  return (
    <section className="step-up" aria-labelledby="step-up-title">
      <h2 id="step-up-title" tabIndex={-1} ref={heading}>
        {t('manage.stepUp.title')}
      </h2>
      <p>{t('manage.stepUp.intro')}</p>
      {step === undefined && error === undefined && <p role="status">{t('manage.stepUp.starting')}</p>}
      <FormError error={error} />
      {step !== undefined && (
        <MfaChoice
          step={step}
          onSignedIn={(signedIn) => {
            setAccount(signedIn.account);
            onFresh();
          }}
        />
      )}
      <button type="button" className="secondary" onClick={onCancel}>
        {t('manage.stepUp.cancel')}
      </button>
    </section>
  );
}
