import { Trans, useTranslation } from '../../i18n/useTranslation';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { detailsOf } from '../../../../electron/contract/errorDetails';
import { formatWait } from '../../ui/formatWait';
import { ActionError } from '../signIn/ActionError';

/**
 * A refused PIN in words: a wrong PIN with the tries left, or with the wait the services
 * impose counting down live (`left`, from `useWait`); too many wrong PINs with the way
 * back (the PIN is reset by signing in to the ID server). With `onForgot`, a button
 * follows: "Forgot your PIN?" after a wrong PIN, "Reset my PIN" after too many. Any
 * other error as `ActionError` says it. Announced (`role="alert"`).
 */
export function PinError({
  error,
  left,
  name,
  onForgot,
}: {
  error: unknown;
  left: number | undefined;
  name: string;
  /** Opens the PIN reset (the people screen's picker gives it). */
  onForgot?: () => void;
}) {
  const { t } = useTranslation();
  if (!(error instanceof DeskIdError)) return <ActionError error={error} left={left} />;
  const forgot = (label: string) =>
    onForgot === undefined ? null : (
      <button type="button" className="secondary" onClick={onForgot}>
        {label}
      </button>
    );
  if (error.code === 'pin_reset_required') {
    return (
      <>
        <div className="form-error" role="alert">
          <p>{t('people.resetRequired', { name })}</p>
        </div>
        {forgot(t('people.reset.start'))}
      </>
    );
  }
  if (error.code !== 'wrong_pin') return <ActionError error={error} left={left} />;
  const attemptsLeft = detailsOf(error, 'wrong_pin')?.attemptsLeft;
  return (
    <>
      <div className="form-error" role="alert">
        <p>
          {left !== undefined && left > 0 ? (
            <Trans
              i18nKey="people.wrongPinWait"
              values={{ wait: formatWait(t, left) }}
              components={{ timer: <span role="timer" aria-live="off" /> }}
            />
          ) : attemptsLeft === undefined ? (
            t('errors.codes.wrong_pin')
          ) : (
            t('people.wrongPinLeft', { count: attemptsLeft })
          )}
        </p>
      </div>
      {forgot(t('people.reset.forgot'))}
    </>
  );
}
