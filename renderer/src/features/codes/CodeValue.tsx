import { CopyButton } from './CopyButton';
import { CountdownRing } from './CountdownRing';
import { RevealCode } from './RevealCode';
import type { RowLabels } from './rowLabels';
import type { CodeAccount } from './useCodes';

interface Props {
  account: CodeAccount;
  /** How the account is named to a person (`accountName`). */
  name: string;
  labels: RowLabels;
}

/**
 * An account's code and its countdown ring. A TOTP code shown at once needs nothing
 * more; a code hidden until clicked and an HOTP account ("Next code") go to `RevealCode`,
 * which asks the host.
 */
export function CodeValue({ account, name, labels }: Props) {
  const { code, validUntil } = account;
  if (account.type === 'hotp' || code === undefined) return <RevealCode account={account} name={name} />;
  return (
    <div className="code-value">
      <CopyButton code={code} label={labels.copy(name)} />
      {validUntil !== undefined && (
        <CountdownRing
          key={validUntil}
          until={validUntil}
          period={account.period ?? 30}
          secondsLeft={labels.secondsLeft}
        />
      )}
    </div>
  );
}
