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
  id,
}: {
  error: unknown;
  left: number | undefined;
  name: string;
  /** The message's id, for the field it is about (`aria-describedby`). */
  id?: string;
  /** Opens the PIN reset (the people screen's picker gives it). */
  onForgot?: () => void;
}) {
  const { t } = useTranslation();
  const other = (
    <div id={id}>
      <ActionError error={error} left={left} />
    </div>
  );
  if (!(error instanceof DeskIdError)) return other;
  const forgot = (label: string) =>
    onForgot === undefined ? null : (
      <button type="button" className="secondary" onClick={onForgot}>
        {label}
      </button>
    );
  if (error.code === 'pin_reset_required') {
    return (
      <>
        <div className="form-error" role="alert" id={id}>
          <p>{t('people.resetRequired', { name })}</p>
        </div>
        {forgot(t('people.reset.start'))}
      </>
    );
  }
  if (error.code !== 'wrong_pin') return other;
  const attemptsLeft = detailsOf(error, 'wrong_pin')?.attemptsLeft;
  return (
    <>
      <div className="form-error" role="alert" id={id}>
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
