import { createContext, useContext } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import { useAction } from '../../data/useAction';
import { useCancelWizard } from './useCancelWizard';

/**
 * Where a method is added from a page that can confirm it is you (the manage page: the
 * account has methods to step up with), the step-up to run instead of signing in again.
 */
export const StepUpInstead = createContext<(() => void) | undefined>(undefined);

/**
 * The way on when the ID server answers `step_up_required` while a method is set up.
 * Before the enforcement date a password alone opens a full session, fresh for only 10
 * minutes, and the account may have no method to confirm it is you with: signing in
 * again is then the one thing that works (the wizard lands on the step still pending).
 * On the manage page, the step-up it provides ({@link StepUpInstead}). Renders nothing
 * for any other error.
 */
export function SignInAgain({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const stepUp = useContext(StepUpInstead);
  const cancel = useCancelWizard();
  const signOut = useAction(cancel);
  if (!(error instanceof DeskIdError) || error.code !== 'step_up_required') return null;
  if (stepUp !== undefined) {
    return (
      <div className="sign-in-again">
        <p>{t('enrollment.signInAgain.stepUpWhy')}</p>
        <button type="button" onClick={stepUp}>
          {t('enrollment.signInAgain.stepUpAction')}
        </button>
      </div>
    );
  }
  return (
    <div className="sign-in-again">
      <p>{t('enrollment.signInAgain.why')}</p>
      <button type="button" disabled={signOut.pending} onClick={() => void signOut.run(undefined)}>
        {t('enrollment.signInAgain.action')}
      </button>
    </div>
  );
}
