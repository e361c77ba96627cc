import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { FormError } from '../../ui/FormError';
import { CopyButton } from './CopyButton';
import { CountdownRing } from './CountdownRing';
import { rowLabels } from './rowLabels';
import type { CodeAccount } from './useCodes';

/** A code the host gave on a click, and the list's code for the account at that moment. */
interface Revealed {
  code: string;
  validUntil?: number | undefined;
  over: string | undefined;
}

interface Props {
  account: CodeAccount;
  /** How the account is named to a person (`accountName`). */
  name: string;
}

/**
 * A code the host gives only when asked: "Show code" when codes are hidden until
 * clicked (`codes.reveal`, kept until its step ends), "Next code" for an HOTP account
 * (`codes.nextHotp`). Then the code as a copy button, with its ring for TOTP.
 */
export function RevealCode({ account, name }: Props) {
  const { t } = useTranslation();
  const labels = useMemo(() => rowLabels(t), [t]);
  const bridge = useBridge();
  const [revealed, setRevealed] = useState<Revealed | undefined>(undefined);
  // Each answer is kept with the list's code it came over, to tell later which is newer.
  const reveal = useAction(async () => {
    const over = account.code;
    setRevealed({ ...(await bridge.codes.reveal({ id: account.id })), over });
  });
  const next = useAction(async () => {
    const over = account.code;
    setRevealed({ ...(await bridge.codes.nextHotp({ id: account.id })), over });
  });
  // A revealed TOTP code goes when its step ends.
  const revealedUntil = revealed?.validUntil;
  useEffect(() => {
    if (revealedUntil === undefined) return undefined;
    const timer = setTimeout(() => setRevealed(undefined), Math.max(0, revealedUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [revealedUntil]);
  // The newest code is shown, the one `codes.copy` copies: the one revealed here, unless the
  // list has brought another since (the host lists an HOTP account's last code, so the
  // list's older code must not win over a "Next code" answer).
  const fresh = revealed !== undefined && revealed.over === account.code ? revealed : undefined;
  const code = fresh === undefined ? account.code : fresh.code;
  const until = fresh === undefined ? account.validUntil : fresh.validUntil;
  return (
    <div className="code-value">
      {code !== undefined && <CopyButton code={code} label={labels.copy(name)} />}
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
        <CountdownRing key={until} until={until} period={account.period ?? 30} secondsLeft={labels.secondsLeft} />
      )}
      <FormError error={reveal.error ?? next.error} />
    </div>
  );
}
