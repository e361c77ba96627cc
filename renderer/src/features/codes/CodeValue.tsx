import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { FormError } from '../../ui/FormError';
import { accountName } from './accountName';
import { CountdownRing } from './CountdownRing';
import { groupCode } from './groupCode';
import type { CodeAccount } from './useCodes';

interface Props {
  account: CodeAccount;
  /** The page's clock (epoch ms), ticking once a second. */
  now: number;
  onCopy: (id: string) => void;
}

/**
 * An account's code as a button that copies it (click, Enter or Space), grouped for
 * reading, with its countdown ring. A code hidden until clicked shows "Show code" first
 * (`codes.reveal`, kept until its step ends); an HOTP account shows "Next code".
 */
export function CodeValue({ account, now, onCopy }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const name = accountName(account);
  const [revealed, setRevealed] = useState<{ code: string; validUntil?: number | undefined } | undefined>(undefined);
  const reveal = useAction(async () => setRevealed(await bridge.codes.reveal({ id: account.id })));
  const next = useAction(async () => setRevealed(await bridge.codes.nextHotp({ id: account.id })));
  const stillValid = revealed !== undefined && (revealed.validUntil === undefined || revealed.validUntil > now);
  const code = account.code ?? (stillValid ? revealed.code : undefined);
  const until = account.code === undefined ? revealed?.validUntil : account.validUntil;
  return (
    <div className="code-value">
      {code !== undefined && (
        <button type="button" className="code-button" onClick={() => onCopy(account.id)}>
          <span className="code">{groupCode(code)}</span>
          <span className="visually-hidden">{t('codes.copy', { name })}</span>
        </button>
      )}
      {account.type === 'totp' && code === undefined && (
        <button type="button" className="secondary" onClick={() => void reveal.run(undefined)}>
          {`${t('codes.show')} `}
          <span className="visually-hidden">({name})</span>
        </button>
      )}
      {account.type === 'hotp' && (
        <button type="button" className="secondary" onClick={() => void next.run(undefined)}>
          {`${t('codes.next')} `}
          <span className="visually-hidden">({name})</span>
        </button>
      )}
      {account.type === 'totp' && code !== undefined && until !== undefined && (
        <CountdownRing key={until} secondsLeft={Math.ceil((until - now) / 1000)} period={account.period ?? 30} />
      )}
      <FormError error={reveal.error ?? next.error} />
    </div>
  );
}
