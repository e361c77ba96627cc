import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { ActionError, isWaiting, useWait } from '../signIn/ActionError';
import { SubHeading } from '../signIn/SubHeading';
import { checkTypedCode, oneTimeCode, type CodeProblem } from '../signIn/checkTypedCode';
import { CodeProblemText } from '../signIn/CodeProblemText';
import type { PinResetMethods } from './PinResetPassword';
import { StepForm } from './StepForm';
import './pinReset.css';

type Via = { method: 'totp' } | { method: 'phone'; factorId: string; masked: string };

/**
 * The second step of the PIN reset's sign-in: a code from the person's authenticator
 * app, or one sent by text message or call to a phone of the account (masked). A wrong
 * code is said with the tries left and may be typed again; one that cannot be a code
 * (blank, a letter, too few digits) is said on the field and never sent, so it costs no try.
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
  const [problem, setProblem] = useState<CodeProblem | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);
  const send = useAction(async (input: { factorId: string; masked: string; channel: 'sms' | 'voice' }) => {
    await bridge.profiles.resetPinSendCode({ factorId: input.factorId, channel: input.channel });
    setVia({ method: 'phone', factorId: input.factorId, masked: input.masked });
    setCode('');
    setProblem(undefined);
  });
  const prove = useAction(async () => {
    const checked = checkTypedCode(code, oneTimeCode);
    if (via === undefined || 'problem' in checked) return;
    await bridge.profiles.resetPinProve(
      via.method === 'totp'
        ? { method: 'totp', code: checked.code }
        : { method: 'phone', factorId: via.factorId, code: checked.code },
    );
    onProved();
  });
  const sendLeft = useWait(send.error);
  const proveLeft = useWait(prove.error);
  const codeIsTypable = () => {
    const checked = checkTypedCode(code, oneTimeCode);
    if (!('problem' in checked)) return true;
    setProblem(checked);
    field.current?.focus();
    return false;
  };
  return (
    <div className="profile-form">
      <SubHeading>{t('people.reset.codeTitle')}</SubHeading>
      <p>{t('people.reset.codeIntro')}</p>
      {via !== undefined && (
        <StepForm action={prove} left={proveLeft} canRun={codeIsTypable} submitLabel={t('people.reset.confirm')}>
          {via.method === 'phone' && <p role="status">{t('people.reset.sent', { phone: via.masked })}</p>}
          <Field
            ref={field}
            label={via.method === 'totp' ? t('people.reset.authenticatorCode') : t('people.reset.phoneCode')}
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            problem={
              problem === undefined ? undefined : <CodeProblemText problem={problem} digits={oneTimeCode.digits} />
            }
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setProblem(undefined);
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
