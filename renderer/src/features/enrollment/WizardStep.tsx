import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { StepIndicator } from '../../ui/StepIndicator';
import { setWizardNotice } from './wizardNotice';
import { useCancelWizard } from './useCancelWizard';
import { wizardStepCount, wizardSteps } from './wizardStage';

interface WizardStepProps {
  step: keyof typeof wizardSteps;
  /** The id of the step's heading (for `aria-labelledby`). */
  headingId: string;
  title: ReactNode;
  children: ReactNode;
  /** Back to the previous step; left out on the first step. */
  onBack?: () => void;
  /** Cancel is offered on every step but the first (which has no session to end). */
  cancellable?: boolean;
  /** After Cancel has signed out: for a step whose own state must go too (the sign-in's method question). */
  onCancelled?: () => void;
  /**
   * The step's content is still on its way: Back and Cancel wait for it. Shown under a
   * "Loading…" line, they would drop down the page when the content arrived, maybe under
   * a pointer already pressing one of them.
   */
  loading?: boolean;
}

/**
 * The frame of every wizard step: "Step N of 4", the heading (focused when the step
 * appears), the step's content, then Back and Cancel (once that content is there).
 */
export function WizardStep({
  step,
  headingId,
  title,
  children,
  onBack,
  cancellable = true,
  onCancelled,
  loading = false,
}: WizardStepProps) {
  const { t } = useTranslation();
  const cancel = useCancelWizard();
  return (
    <section className="wizard-step" aria-labelledby={headingId}>
      <StepIndicator step={wizardSteps[step]} of={wizardStepCount} name={t(`enrollment.steps.${step}`)} />
      <ScreenHeading id={headingId}>{title}</ScreenHeading>
      {children}
      {!loading && (onBack !== undefined || cancellable) && (
        <div className="wizard-nav">
          {onBack !== undefined && (
            <button type="button" className="secondary" onClick={onBack}>
              {t('common.back')}
            </button>
          )}
          {cancellable && (
            <button
              type="button"
              className="secondary"
              onClick={() =>
                void cancel().then(() => {
                  setWizardNotice('cancelled');
                  onCancelled?.();
                })
              }
            >
              {t('enrollment.cancel')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
