import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { CallOutput } from '../../../../electron/contract/calls';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { useWait } from '../signIn/ActionError';
import { StepForm } from './StepForm';

/** How the sign-in can be finished: an authenticator code, or a code sent to one of the phones. */
export type PinResetMethods = CallOutput<'profiles.resetPinSignIn'>;

interface PinResetPasswordProps {
  profileId: string;
  title: string;
  intro: string;
  onSignedIn: (methods: PinResetMethods) => void;
  onCancel: () => void;
}

/**
 * The first step of the PIN reset's sign-in: the password of the ID-server account
 * linked to the profile (the username is the link's own). The server's refusals (wrong
 * password, locked account with its wait) are said in words.
 */
export function PinResetPassword({ profileId, title, intro, onSignedIn, onCancel }: PinResetPasswordProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [password, setPassword] = useState('');
  const signIn = useAction(async () => {
    onSignedIn(await bridge.profiles.resetPinSignIn({ id: profileId, password }));
  });
  const left = useWait(signIn.error);
  return (
    <StepForm title={title} action={signIn} left={left} submitLabel={t('people.reset.continue')} onCancel={onCancel}>
      <p>{intro}</p>
      <Field
        label={t('people.reset.password')}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          signIn.reset();
        }}
      />
    </StepForm>
  );
}
