import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { Action } from '../../data/useAction';
import { ActionError, isWaiting } from '../signIn/ActionError';
import { SubHeading } from '../signIn/SubHeading';

interface StepFormProps {
  /** The step's heading, focused when the step appears. */
  title?: string;
  /** What the submit runs (its failure is shown, announced, above the buttons). */
  action: Action<undefined, unknown>;
  /** The wait the last failure asks for, counting down (`useWait`); submit stays disabled meanwhile. */
  left?: number | undefined;
  submitLabel: string;
  /** Checked on submit before the action runs: false keeps the form, whose fields say why. */
  canRun?: () => boolean;
  onCancel?: () => void;
  /** The failure in other words than `ActionError`'s (a PIN's). */
  error?: ReactNode;
  children: ReactNode;
}

/** One step of the PIN reset or its set-up: heading, fields, the failure, submit and cancel. */
export function StepForm({ title, action, left, submitLabel, canRun, onCancel, error, children }: StepFormProps) {
  const { t } = useTranslation();
  return (
    <form
      className="profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isWaiting(left) && (canRun?.() ?? true)) void action.run(undefined);
      }}
    >
      {title !== undefined && <SubHeading>{title}</SubHeading>}
      {children}
      {error ?? <ActionError error={action.error} left={left} />}
      <div className="actions">
        <button type="submit" disabled={action.pending || isWaiting(left)}>
          {action.pending ? t('common.working') : submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('people.reset.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
