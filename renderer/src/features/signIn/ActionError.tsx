import { useMemo } from 'react';
import { Trans, useTranslation } from '../../i18n/useTranslation';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { retryAfterOf } from '../../../../electron/contract/errorDetails';
import { formatWait } from '../../ui/formatWait';
import { useCountdown } from '../../ui/useCountdown';
import { useDescribeError } from '../../ui/useDescribeError';

const waitCodes = [
  'account_locked',
  'rate_limited',
  'factor_locked',
  'too_many_codes',
  'pin_throttled',
  'code_already_used',
] as const;
type WaitCode = (typeof waitCodes)[number];

const isWaitCode = (code: string): code is WaitCode => (waitCodes as readonly string[]).includes(code);

/**
 * Seconds left of the wait an error asks for (`details.retryAfter`), counting down live;
 * 0 when it is over, `undefined` for an error without a wait (or no error).
 */
export function useWait(error: unknown): number | undefined {
  const wait = useMemo(() => {
    const seconds = retryAfterOf(error);
    return seconds === undefined ? undefined : { seconds };
  }, [error]);
  return useCountdown(wait);
}

/** True while an error's wait is still running: the action it refused stays disabled. */
export const isWaiting = (left: number | undefined): boolean => left !== undefined && left > 0;

/**
 * An action's failure in words, with a live countdown for the errors that ask to wait.
 * The countdown sits in a `role="timer"` element (not announced each second); the first
 * message is announced (`role="alert"`), and so is the end of the wait.
 */
export function ActionError({
  error,
  left,
  inline = false,
}: {
  error: unknown;
  left: number | undefined;
  inline?: boolean;
}) {
  const words = error === undefined || error === null ? null : <ErrorWords error={error} left={left} />;
  return inline ? (
    <span role="alert">{words}</span>
  ) : (
    <div className="form-error" role="alert">
      {words === null ? null : <p>{words}</p>}
    </div>
  );
}

function ErrorWords({ error, left }: { error: unknown; left: number | undefined }) {
  const { t } = useTranslation();
  const describe = useDescribeError();
  if (!(error instanceof DeskIdError) || left === undefined || !isWaitCode(error.code)) return <>{describe(error)}</>;
  if (left === 0) return <>{t('signIn.waits.over')}</>;
  return (
    <Trans
      i18nKey={`signIn.waits.${error.code}`}
      values={{ wait: formatWait(t, left) }}
      components={{ timer: <span role="timer" aria-live="off" /> }}
    />
  );
}
