import { useTranslation } from '../../i18n/useTranslation';
import { useAction } from '../../data/useAction';
import { PasskeyCeremonyError } from '../../platform/PasskeyCeremony';
import { usePasskeyCeremony } from '../../platform/usePasskeyCeremony';
import { FormError } from '../../ui/FormError';
import type { SignedInStep } from './MfaChoice';
import { SubHeading } from './SubHeading';

/** Confirms the open sign-in (or step-up) with a passkey: one sentence before the OS prompt, then the prompt. */
export function PasskeySignIn({ onSignedIn }: { onSignedIn: (step: SignedInStep) => void }) {
  const { t } = useTranslation();
  const ceremony = usePasskeyCeremony();
  const run = useAction(async () => {
    const step = await ceremony.signIn();
    if (step.status === 'signed_in') onSignedIn(step);
  });
  const problem = run.error instanceof PasskeyCeremonyError ? run.error.problem : undefined;
  return (
    <div className="mfa-method">
      <SubHeading>{t('signIn.mfa.passkeyTitle')}</SubHeading>
      <p>{t('signIn.mfa.passkeyIntro')}</p>
      <button type="button" disabled={run.pending} onClick={() => void run.run(undefined)}>
        {run.pending ? t('common.working') : t('signIn.mfa.passkeyStart')}
      </button>
      {problem === undefined ? (
        <FormError error={run.error} />
      ) : (
        <div className="form-error" role="alert">
          <p>{t(`signIn.mfa.passkeyProblems.${problem}`)}</p>
        </div>
      )}
    </div>
  );
}
