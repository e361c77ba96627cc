import { useTranslation } from 'react-i18next';
import { WizardStep } from '../enrollment/WizardStep';

/** Step 1: username and password, then the MFA step the server asks for. (To be built.) */
export function SignInFlow() {
  const { t } = useTranslation();
  return (
    <WizardStep step="signIn" headingId="sign-in-title" title={t('signIn.title')} cancellable={false}>
      <p>…</p>
    </WizardStep>
  );
}
