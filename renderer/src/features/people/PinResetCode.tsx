import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { ActionError, isWaiting, useWait } from '../signIn/ActionError';
import { SubHeading } from '../signIn/SubHeading';
import type { PinResetMethods } from './PinResetPassword';
import { StepForm } from './StepForm';
import './pinReset.css';

type Via = { method: 'totp' } | { method: 'phone'; factorId: string; masked: string };

/**
 * The second step of the PIN reset's sign-in: a code from the person's authenticator
 * app, or one sent by text message or call to a phone of the account (masked). A wrong
 * code is said with the tries left and may be typed again.
 */
export function PinResetCode({
  methods,
  onProved,
  onCancel,
}: {
  methods: PinResetMethods;
  onProved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [via, setVia] = useState<Via | undefined>(methods.methods.includes('totp') ? { method: 'totp' } : undefined);
  const [code, setCode] = useState('');
  const send = useAction(async (input: { factorId: string; masked: string; channel: 'sms' | 'voice' }) => {
    await bridge.profiles.resetPinSendCode({ factorId: input.factorId, channel: input.channel });
    setVia({ method: 'phone', factorId: input.factorId, masked: input.masked });
    setCode('');
  });
  const prove = useAction(async () => {
    if (via === undefined) return;
    await bridge.profiles.resetPinProve(
      via.method === 'totp' ? { method: 'totp', code } : { method: 'phone', factorId: via.factorId, code },
    );
    onProved();
  });
  const sendLeft = useWait(send.error);
  const proveLeft = useWait(prove.error);
  return (
    <div className="profile-form">
      <SubHeading>{t('people.reset.codeTitle')}</SubHeading>
      <p>{t('people.reset.codeIntro')}</p>
      {via !== undefined && (
        <StepForm action={prove} left={proveLeft} submitLabel={t('people.reset.confirm')}>
          {via.method === 'phone' && <p role="status">{t('people.reset.sent', { phone: via.masked })}</p>}
          <Field
            label={via.method === 'totp' ? t('people.reset.authenticatorCode') : t('people.reset.phoneCode')}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              prove.reset();
            }}
          />
        </StepForm>
      )}
      {methods.phones.length > 0 && (
        <>
          {via?.method === 'totp' && <p>{t('people.reset.or')}</p>}
          <ul className="pin-reset-ways">
            {methods.phones.flatMap((phone) =>
              phone.channels.map((channel) => (
                <li key={`${phone.factorId}-${channel}`}>
                  <button
                    type="button"
                    className="secondary"
                    disabled={send.pending || isWaiting(sendLeft)}
                    onClick={() => void send.run({ factorId: phone.factorId, masked: phone.masked, channel })}
                  >
                    {t(channel === 'sms' ? 'people.reset.textMe' : 'people.reset.callMe', { phone: phone.masked })}
                  </button>
                </li>
              )),
            )}
          </ul>
          <ActionError error={send.error} left={sendLeft} />
        </>
      )}
      <div className="actions">
        <button type="button" className="secondary" onClick={onCancel}>
          {t('people.reset.cancel')}
        </button>
      </div>
    </div>
  );
}
