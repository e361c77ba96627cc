import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { z } from 'zod';
import type { phoneChoiceSchema } from '../../../../electron/contract/accountStatus';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { ActionError, isWaiting, useWait } from './ActionError';
import { CodeForm } from './CodeForm';
import { oneTimeCode } from './checkTypedCode';
import type { SignedInStep } from './MfaChoice';
import { ResendCode, type Channel, type SentCode } from './ResendCode';
import { SubHeading } from './SubHeading';

type PhoneChoice = z.infer<typeof phoneChoiceSchema>;

/** A sign-in code on one of the account's phones: by text or call, then the code, with resend after the server's wait. */
export function MfaPhone({ phone, onSignedIn }: { phone: PhoneChoice; onSignedIn: (step: SignedInStep) => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [sent, setSent] = useState<SentCode | undefined>(undefined);
  const send = async (channel: Channel) => {
    const answer = await bridge.signIn.sendPhoneCode({ factorId: phone.factorId, channel });
    setSent({ channel, wait: { seconds: answer.resendAfter } });
  };
  const first = useAction(send);
  const firstLeft = useWait(first.error);
  const { masked } = phone;

  if (sent === undefined) {
    return (
      <div className="mfa-method">
        <SubHeading>{t('signIn.mfa.phoneTitle', { masked })}</SubHeading>
        <p>{t('signIn.mfa.phoneHow')}</p>
        <div className="actions">
          {phone.channels.map((channel) => (
            <button
              key={channel}
              type="button"
              disabled={first.pending || isWaiting(firstLeft)}
              onClick={() => void first.run(channel)}
            >
              {channel === 'sms' ? t('signIn.mfa.sendSms') : t('signIn.mfa.sendVoice')}
            </button>
          ))}
        </div>
        <ActionError error={first.error} left={firstLeft} />
      </div>
    );
  }
  // A new key: the send buttons are gone, so the heading mounts again and takes the focus
  // (keyboard users would otherwise be left on the page's body).
  return (
    <div className="mfa-method" key="sent">
      <SubHeading>{t('signIn.mfa.phoneTitle', { masked })}</SubHeading>
      <p>{sent.channel === 'sms' ? t('signIn.mfa.sentSms', { masked }) : t('signIn.mfa.sentVoice', { masked })}</p>
      <CodeForm
        label={t('signIn.mfa.codeLabel')}
        shape={oneTimeCode}
        onSubmit={async (code) => {
          const step = await bridge.signIn.code({ method: 'phone', factorId: phone.factorId, code });
          if (step.status === 'signed_in') onSignedIn(step);
        }}
      />
      <ResendCode channels={phone.channels} sent={sent} onResend={send} />
    </div>
  );
}
