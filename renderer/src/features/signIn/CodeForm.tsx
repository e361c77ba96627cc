import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { ActionError, isWaiting, useWait } from './ActionError';
import { checkTypedCode, type CodeProblem, type CodeShape } from './checkTypedCode';
import { CodeProblemText } from './CodeProblemText';

interface CodeFormProps {
  label: string;
  hint?: string;
  /** What the button says (default "Confirm"). */
  submitLabel?: string;
  /** Sends the code; a failure is shown on the field (tries left, or the lock with its countdown). */
  onSubmit: (code: string) => Promise<unknown>;
  /**
   * What the code must be (a 6-digit code, the recovery code): checked here first, so a
   * code that cannot be right says why on the field and never uses up one of the tries;
   * what is sent is the digits alone. Without it (a PIN), the typed text is sent as is.
   */
  shape?: CodeShape;
  /** `one-time-code` for codes, `off` for the recovery code. */
  autoComplete?: string;
  /** A PIN: typed hidden, never offered for autofill. */
  hidden?: boolean;
  /** Extra actions under the form (resend, another way). */
  children?: ReactNode;
}

/**
 * One field for a code and its Confirm button: an authenticator code, a phone code, a
 * recovery code. Submits with Enter; the failure is tied to the field and announced; a
 * lock keeps the button disabled until its wait is over.
 */
export function CodeForm({
  label,
  hint,
  submitLabel,
  onSubmit,
  autoComplete = 'one-time-code',
  hidden = false,
  shape,
  children,
}: CodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<CodeProblem | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);
  const action = useAction(onSubmit);
  const left = useWait(action.error);
  const hasError = action.error !== undefined && action.error !== null;
  const send = () => {
    const checked = shape === undefined ? { code } : checkTypedCode(code, shape);
    if ('problem' in checked) {
      setProblem(checked);
      field.current?.focus();
      return;
    }
    void action.run(checked.code).then(() => hidden && setCode(''));
  };
  return (
    <form
      className="code-form"
      // The page's own check says more than the browser's "fill in this field".
      noValidate={shape !== undefined}
      onSubmit={(event) => {
        event.preventDefault();
        if (!isWaiting(left)) send();
      }}
    >
      <Field
        ref={field}
        label={label}
        {...(hint === undefined ? {} : { hint })}
        problem={
          problem !== undefined && shape !== undefined ? (
            <CodeProblemText problem={problem} digits={shape.digits} />
          ) : hasError ? (
            <ActionError error={action.error} left={left} inline />
          ) : undefined
        }
        value={code}
        onChange={(event) => {
          setCode(event.target.value);
          setProblem(undefined);
        }}
        type={hidden ? 'password' : 'text'}
        autoComplete={hidden ? 'off' : autoComplete}
        inputMode="numeric"
        spellCheck={false}
        required
      />
      <button type="submit" disabled={action.pending || isWaiting(left)}>
        {action.pending ? t('common.working') : (submitLabel ?? t('signIn.mfa.confirm'))}
      </button>
      {children}
    </form>
  );
}
