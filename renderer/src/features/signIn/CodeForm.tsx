import { useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { ActionError, isWaiting, useWait } from './ActionError';

interface CodeFormProps {
  label: string;
  hint?: string;
  /** What the button says (default "Confirm"). */
  submitLabel?: string;
  /** Sends the code; a failure is shown on the field (tries left, or the lock with its countdown). */
  onSubmit: (code: string) => Promise<unknown>;
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
  children,
}: CodeFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const action = useAction(onSubmit);
  const left = useWait(action.error);
  const hasError = action.error !== undefined && action.error !== null;
  return (
    <form
      className="code-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isWaiting(left)) void action.run(code).then(() => hidden && setCode(''));
      }}
    >
      <Field
        label={label}
        {...(hint === undefined ? {} : { hint })}
        problem={hasError ? <ActionError error={action.error} left={left} inline /> : undefined}
        value={code}
        onChange={(event) => setCode(event.target.value)}
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
