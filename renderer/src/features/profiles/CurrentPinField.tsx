import type { ReactNode, Ref } from 'react';
import { Field } from '../../ui/Field';

/** A PIN the person already has (to open a profile, or to confirm it is theirs): hidden, digits keyboard. */
export function CurrentPinField({
  label,
  value,
  onChange,
  ref,
  errorId,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
  /** The id of the refusal shown for this PIN (a wrong PIN), once there is one. */
  errorId?: string | undefined;
}) {
  return (
    <Field
      ref={ref}
      errorId={errorId}
      label={label}
      type="password"
      inputMode="numeric"
      autoComplete="current-password"
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
