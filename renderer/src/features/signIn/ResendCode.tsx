import { Trans, useTranslation } from '../../i18n/useTranslation';
import type { z } from 'zod';
import type { channelSchema } from '../../../../electron/contract/accountStatus';
import { useAction } from '../../data/useAction';
import { formatWait } from '../../ui/formatWait';
import { useCountdown, type Wait } from '../../ui/useCountdown';
import { ActionError, isWaiting, useWait } from './ActionError';

export type Channel = z.infer<typeof channelSchema>;

/** The last code sent: by which channel, and the server's wait before another (a new object restarts it). */
export interface SentCode {
  channel: Channel;
  wait: Wait;
}

interface ResendCodeProps {
  /** The channels this phone can get codes by. */
  channels: readonly Channel[];
  sent: SentCode;
  /** Sends a new code by this channel (and records it as the last one sent). */
  onResend: (channel: Channel) => Promise<unknown>;
}

/**
 * "Text me a new code" / "Call me with a new code": available once the server's wait is
 * over (counted down in a `role="timer"` element), by the same channel or the other one.
 * `too_many_codes` shows its own wait.
 */
export function ResendCode({ channels, sent, onResend }: ResendCodeProps) {
  const { t } = useTranslation();
  const left = useCountdown(sent.wait);
  const resend = useAction(onResend);
  const errorLeft = useWait(resend.error);
  const blocked = resend.pending || isWaiting(left) || isWaiting(errorLeft);
  const ordered = [...channels].sort((a, b) => Number(b === sent.channel) - Number(a === sent.channel));
  return (
    <div className="resend">
      {isWaiting(left) && (
        <p>
          <Trans
            i18nKey="signIn.mfa.resendIn"
            values={{ wait: formatWait(t, left ?? 0) }}
            components={{ timer: <span role="timer" aria-live="off" /> }}
          />
        </p>
      )}
      <div className="actions">
        {ordered.map((channel) => (
          <button
            key={channel}
            type="button"
            className="secondary"
            disabled={blocked}
            onClick={() => void resend.run(channel)}
          >
            {channel === 'sms' ? t('signIn.mfa.resendSms') : t('signIn.mfa.resendVoice')}
          </button>
        ))}
      </div>
      <ActionError error={resend.error} left={errorLeft} />
    </div>
  );
}
