import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { CallOutput } from '../../../../electron/contract/calls';
import { ActionError } from '../signIn/ActionError';
import { SubHeading } from '../signIn/SubHeading';
import { PinResetNewPin } from './PinResetNewPin';
import { PinResetSignIn } from './PinResetSignIn';
import { forgetPinResetInfo, usePinResetInfo } from './usePinResetInfo';
import { usePinResetCancel } from './usePinResetCancel';

type Profile = CallOutput<'profiles.resetPinFinish'>;

interface PinResetProps {
  /** The locked profile whose PIN is forgotten (or refused after too many tries). */
  profile: { id: string; name: string };
  /** The PIN is reset and the profile open. */
  onDone: (profile: Profile) => void;
  /** Back to the list of people. */
  onBack: () => void;
}

/**
 * "Reset your PIN by signing in to <ID server>": the person proves they own the
 * ID-server account linked to the profile (password, then a code), then chooses a new
 * PIN; the profile's codes stay. A profile with no linked account, or whose reset was
 * never set up, cannot be reset: that is said plainly, with what IT can do. Cancel, at
 * every step, and leaving the screen forget the sign-in on the host.
 */
export function PinReset({ profile, onDone, onBack }: PinResetProps) {
  const { t } = useTranslation();
  const info = usePinResetInfo(profile.id);
  const [proved, setProved] = useState(false);
  // Leaving after a finish cancels too: the host has forgotten the sign-in already, so that is a no-op.
  const cancel = usePinResetCancel(info.data?.ready === true);
  const back = () => {
    cancel();
    onBack();
  };
  if (info.data === undefined) {
    return info.error === undefined ? (
      <p role="status">{t('people.reset.checking')}</p>
    ) : (
      <ActionError error={info.error} left={undefined} />
    );
  }
  const { account, ready } = info.data;
  if (account === null || !ready) {
    return (
      <div className="profile-form">
        <SubHeading>{t('people.reset.cannotTitle')}</SubHeading>
        <p>{t(account === null ? 'people.reset.notLinked' : 'people.reset.notReady', { name: profile.name })}</p>
        <p>{t('people.reset.askIt')}</p>
        <div className="actions">
          <button type="button" onClick={onBack}>
            {t('people.reset.back')}
          </button>
        </div>
      </div>
    );
  }
  if (proved) {
    return (
      <PinResetNewPin
        name={profile.name}
        onDone={(opened) => {
          forgetPinResetInfo(profile.id);
          onDone(opened);
        }}
        onCancel={back}
      />
    );
  }
  return (
    <PinResetSignIn
      profileId={profile.id}
      title={t('people.reset.title', { server: account.server })}
      // The profile's name only, as the list of people shows it: a locked screen names no ID account.
      intro={t('people.reset.intro', { name: profile.name })}
      onProved={() => setProved(true)}
      onCancel={back}
    />
  );
}
