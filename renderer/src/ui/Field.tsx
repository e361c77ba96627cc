import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';

interface FieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'> {
  label: ReactNode;
  /** Help shown under the label, read with the field. */
  hint?: ReactNode;
  /** A problem with this field's value, shown and announced with it. */
  problem?: ReactNode;
  /**
   * The id of a message shown elsewhere in the form (a refusal by the host) that is about
   * this field: the field is then marked invalid and read with that message.
   */
  errorId?: string | undefined;
}

/** A labelled text field with its hint and its problem tied to it (`aria-describedby`). */
export function Field({ label, hint, problem, errorId, ...input }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const hasProblem = problem !== undefined && problem !== null;
  const describedBy = [hint === undefined ? null : hintId, hasProblem ? problemId : null, errorId ?? null]
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
        aria-invalid={hasProblem || errorId !== undefined ? true : undefined}
        {...input}
      />
      {hasProblem && (
        <p className="field-problem" id={problemId}>
          {problem}
        </p>
      )}
    </div>
  );
}
