import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { z } from 'zod';
import type { MfaStep, phoneChoiceSchema, SignInStep } from '../../../../electron/contract/accountStatus';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { ActionError, isWaiting, useWait } from './ActionError';
import { CodeForm } from './CodeForm';
import { oneTimeCode, recoveryCode } from './checkTypedCode';
import { MfaPhone } from './MfaPhone';
import { PasskeySignIn } from './PasskeySignIn';
import { SubHeading } from './SubHeading';
import './signIn.css';

/** A finished sign-in or step-up. */
export type SignedInStep = Extract<SignInStep, { status: 'signed_in' }>;

type PhoneChoice = z.infer<typeof phoneChoiceSchema>;
type Chosen =
  | { kind: 'passkey' }
  | { kind: 'totp' }
  | { kind: 'recovery_code' }
  | { kind: 'phone'; phone: PhoneChoice }
  | { kind: 'locked_here'; profile: LockedProfile };
type LockedProfile = NonNullable<MfaStep['lockedProfile']>;

interface MfaChoiceProps {
  /** The open MFA step (of a sign-in, or of a step-up from `signIn.stepUp`). */
  step: MfaStep;
  /** Called with the server's answer once a method proved it is this person. */
  onSignedIn: (step: SignedInStep) => void;
}

/**
 * "Confirm it's you": the account's methods — the code from DeskID on this computer first
 * when this computer holds the account's authenticator, then passkey, authenticator code,
 * a code on each phone, and the recovery code. Each method has its own small form and a
 * way back to the others (a locked method points here). Used by sign-in and by the
 * manage page's step-up; it renders `h2` headings under the screen's own `h1`.
 */
export function MfaChoice({ step, onSignedIn }: MfaChoiceProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [returned, setReturned] = useState(false);
  const back = () => {
    setChosen(null);
    setReturned(true);
  };
  const another = (
    <button type="button" className="secondary" onClick={back}>
      {t('signIn.mfa.another')}
    </button>
  );
  if (chosen === null)
    return <MfaMenu step={step} onChoose={setChosen} onSignedIn={onSignedIn} focusFirst={returned} />;
  switch (chosen.kind) {
    case 'passkey':
      return (
        <>
          <PasskeySignIn onSignedIn={onSignedIn} />
          {another}
        </>
      );
    case 'phone':
      return (
        <>
          <MfaPhone phone={chosen.phone} onSignedIn={onSignedIn} />
          {another}
        </>
      );
    case 'locked_here':
      return (
        <div className="mfa-method">
          <SubHeading>{t('signIn.mfa.openProfileTitle')}</SubHeading>
          <CodeForm
            label={t('signIn.mfa.pinOf', { name: chosen.profile.name })}
            hint={t('signIn.mfa.openProfileHint')}
            submitLabel={t('signIn.mfa.openAndSignIn')}
            hidden
            onSubmit={async (pin) => {
              await bridge.profiles.unlock({ id: chosen.profile.id, pin });
              const next = await bridge.signIn.codeFromThisComputer({});
              if (next.status === 'signed_in') onSignedIn(next);
            }}
          >
            {another}
          </CodeForm>
        </div>
      );
    case 'totp':
    case 'recovery_code': {
      const totp = chosen.kind === 'totp';
      return (
        <div className="mfa-method">
          <SubHeading>{totp ? t('signIn.mfa.totpTitle') : t('signIn.mfa.recoveryTitle')}</SubHeading>
          <CodeForm
            label={totp ? t('signIn.mfa.totpLabel') : t('signIn.mfa.recoveryLabel')}
            shape={totp ? oneTimeCode : recoveryCode}
            {...(totp ? {} : { hint: t('signIn.mfa.recoveryCodeHint'), autoComplete: 'off' })}
            onSubmit={async (code) => {
              const next = await bridge.signIn.code({ method: chosen.kind, code });
              if (next.status === 'signed_in') onSignedIn(next);
            }}
          >
            {another}
          </CodeForm>
        </div>
      );
    }
  }
}

interface MfaMenuProps {
  step: MfaStep;
  onChoose: (chosen: Chosen) => void;
  onSignedIn: (step: SignedInStep) => void;
  /** Back from a method: focus the first choice, so the keyboard continues here. */
  focusFirst: boolean;
}

function MfaMenu({ step, onChoose, onSignedIn, focusFirst }: MfaMenuProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusFirst) list.current?.querySelector('button')?.focus();
  }, [focusFirst]);
  const here = useAction(async () => {
    const next = await bridge.signIn.codeFromThisComputer({});
    if (next.status === 'signed_in') onSignedIn(next);
  });
  const hereLeft = useWait(here.error);
  const offers = (method: MfaStep['methods'][number]) => step.methods.includes(method);
  return (
    <div className="mfa-menu">
      <ul className="choice-list" aria-label={t('signIn.mfa.choices')} ref={list}>
        {step.codeFromThisComputer && (
          <li>
            <button
              type="button"
              disabled={here.pending || isWaiting(hereLeft)}
              onClick={() => void here.run(undefined)}
            >
              {t('signIn.mfa.here')}
            </button>
            <p className="hint">{here.pending ? t('signIn.mfa.hereWorking') : t('signIn.mfa.hereHint')}</p>
          </li>
        )}
        {!step.codeFromThisComputer && step.lockedProfile !== undefined && (
          <li>
            <button
              type="button"
              onClick={() => step.lockedProfile && onChoose({ kind: 'locked_here', profile: step.lockedProfile })}
            >
              {t('signIn.mfa.here')}
            </button>
            <p className="hint">{t('signIn.mfa.hereLockedHint', { name: step.lockedProfile.name })}</p>
          </li>
        )}
        {offers('passkey') && (
          <li>
            <button type="button" className="secondary" onClick={() => onChoose({ kind: 'passkey' })}>
              {t('signIn.mfa.passkey')}
            </button>
            <p className="hint">{t('signIn.mfa.passkeyHint')}</p>
          </li>
        )}
        {offers('totp') && (
          <li>
            <button type="button" className="secondary" onClick={() => onChoose({ kind: 'totp' })}>
              {t('signIn.mfa.totp')}
            </button>
          </li>
        )}
        {offers('phone') &&
          step.phones.map((phone) => (
            <li key={phone.factorId}>
              <button type="button" className="secondary" onClick={() => onChoose({ kind: 'phone', phone })}>
                {t('signIn.mfa.phone', { masked: phone.masked })}
              </button>
            </li>
          ))}
        {offers('recovery_code') && (
          <li>
            <button type="button" className="secondary" onClick={() => onChoose({ kind: 'recovery_code' })}>
              {t('signIn.mfa.recovery')}
            </button>
            <p className="hint">{t('signIn.mfa.recoveryHint')}</p>
          </li>
        )}
      </ul>
      <ActionError error={here.error} left={hereLeft} />
    </div>
  );
}
