import type { ReactNode } from 'react';
import { Field } from '../../ui/Field';

/** A PIN the person already has (to open a profile, or to confirm it is theirs): hidden, digits keyboard. */
export function CurrentPinField({
  label,
  value,
  onChange,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field
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
