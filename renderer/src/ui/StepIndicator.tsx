import { useTranslation } from '../i18n/useTranslation';

/** "Step 2 of 4: Choose a method", above the step's heading. */
export function StepIndicator({ step, of, name }: { step: number; of: number; name: string }) {
  const { t } = useTranslation();
  return (
    <p className="step-indicator">
      {t('enrollment.stepOf', { step, of })}
      <span className="step-name">{name}</span>
    </p>
  );
}
