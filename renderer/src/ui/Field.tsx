import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  /** Help shown under the label, read with the field. */
  hint?: ReactNode;
  /** A problem with this field's value, shown and announced with it. */
  problem?: ReactNode;
  /** The input itself (to move focus back to it when its value is refused). */
  ref?: Ref<HTMLInputElement>;
}

/** A labelled text field with its hint and its problem tied to it (`aria-describedby`). */
export function Field({ label, hint, problem, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const describedBy = [hint === undefined ? null : hintId, problem === undefined || problem === null ? null : problemId]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        id={id}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        aria-invalid={problem === undefined || problem === null ? undefined : true}
        {...input}
      />
      {problem !== undefined && problem !== null && (
        <p className="field-problem" id={problemId}>
          {problem}
        </p>
      )}
    </div>
  );
}
