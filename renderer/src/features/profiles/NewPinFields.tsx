import { useTranslation } from '../../i18n/useTranslation';
import { Field } from '../../ui/Field';

/** A new PIN and the same PIN again, as typed. */
export interface NewPin {
  pin: string;
  again: string;
}

/** True when the new PIN can be sent: the two match and, when given, it has at least 6 characters. */
export const newPinReady = ({ pin, again }: NewPin): boolean => pin === again && (pin === '' || pin.length >= 6);

/**
 * A new PIN typed twice, with the PIN rules as the hint (adding a person, resetting a
 * PIN). Once `checked` (the form was sent), a missing required PIN, a PIN under 6
 * characters and two PINs that differ are said on their fields; the other rules are the services' (`invalid_pin`),
 * shown by the form in their words.
 */
export function NewPinFields({
  value,
  onChange,
  checked,
  required = true,
  errorId,
}: {
  value: NewPin;
  onChange: (next: NewPin) => void;
  checked: boolean;
  /** False where a PIN is optional (shared-desktop mode off). */
  required?: boolean;
  /** The id of the services' refusal of the new PIN, once there is one: the PIN field is marked with it. */
  errorId?: string | undefined;
}) {
  const { t } = useTranslation();
  const { pin, again } = value;
  let pinProblem: string | undefined;
  if (checked && required && pin === '') pinProblem = t('profiles.pinRequired');
  else if (checked && pin !== '' && pin.length < 6) pinProblem = t('profiles.pinTooShort');
  return (
    <>
      <Field
        label={t('profiles.newPin')}
        hint={required ? t('profiles.newPinHint') : t('profiles.newPinOptionalHint')}
        problem={pinProblem}
        errorId={errorId}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        required={required}
        value={pin}
        onChange={(event) => onChange({ pin: event.target.value, again })}
      />
      <Field
        label={t('profiles.confirmPin')}
        problem={checked && pin !== again ? t('profiles.pinMismatch') : undefined}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        required={required || pin !== ''}
        value={again}
        onChange={(event) => onChange({ pin, again: event.target.value })}
      />
    </>
  );
}
