import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { useFocusOnError } from '../../ui/useFocusOnError';
import { ActionError, isWaiting, useWait } from '../signIn/ActionError';
import { SubHeading } from '../signIn/SubHeading';
import { PinReset } from '../people/PinReset';
import { CreateProfileForm } from './CreateProfileForm';
import { CurrentPinField } from './CurrentPinField';
import { PinError } from './PinError';
import { markUnlocked, useProfiles, type ProfileList } from './useProfiles';
import './profiles.css';

type Profile = ProfileList['profiles'][number];

/**
 * "Who are you?": this person opens their own DeskID profile with their PIN, or creates
 * one (name and PIN). The PIN rules are the services' own; their refusals are shown as
 * they say them.
 */
export function ProfilePicker({
  onReady,
  onOpened,
}: {
  onReady: (profile: Profile) => void;
  /** Run as soon as the PIN opened the profile, before the screens show it open (to ask for what they show next). */
  onOpened?: () => void;
}) {
  const { t } = useTranslation();
  const profiles = useProfiles();
  const [creating, setCreating] = useState(false);
  if (profiles.data === undefined) {
    return profiles.error === undefined ? (
      <p role="status">{t('common.loading')}</p>
    ) : (
      <ActionError error={profiles.error} left={undefined} />
    );
  }
  const list = profiles.data;
  if (creating || list.profiles.length === 0) {
    return (
      <CreateProfileForm
        pinRequired={list.pinRequired}
        onCreated={onReady}
        {...(list.profiles.length === 0 ? {} : { onCancel: () => setCreating(false) })}
      />
    );
  }
  return (
    <OpenProfileForm
      profiles={list.profiles}
      onReady={onReady}
      onCreate={() => setCreating(true)}
      {...(onOpened === undefined ? {} : { onOpened })}
    />
  );
}

interface OpenProfileFormProps {
  profiles: Profile[];
  onReady: (profile: Profile) => void;
  onOpened?: () => void;
  onCreate: () => void;
}

function OpenProfileForm({ profiles, onReady, onOpened, onCreate }: OpenProfileFormProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [id, setId] = useState(profiles.find((profile) => profile.unlocked)?.id ?? profiles[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const chosen = profiles.find((profile) => profile.id === id);
  const needsPin = chosen !== undefined && chosen.hasPin && !chosen.unlocked;
  const unlock = useAction(async () => {
    const profile = await bridge.profiles.unlock(needsPin ? { id, pin } : { id });
    onOpened?.();
    markUnlocked(profile);
    onReady(profile);
  });
  const left = useWait(unlock.error);
  // A refused PIN: back to the PIN field (the button was disabled while it was checked).
  const pinField = useRef<HTMLInputElement>(null);
  const submit = useRef<HTMLButtonElement>(null);
  const errorId = useId();
  const failed = unlock.error !== undefined && unlock.error !== null;
  useFocusOnError(unlock.error, () => pinField.current ?? submit.current);
  const [resetting, setResetting] = useState(false);
  if (resetting && chosen !== undefined) {
    return (
      <PinReset
        profile={chosen}
        onDone={(profile) => {
          onOpened?.();
          markUnlocked(profile);
          onReady(profile);
        }}
        onBack={() => {
          setResetting(false);
          setPin('');
          unlock.reset();
        }}
      />
    );
  }
  return (
    <form
      className="profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!isWaiting(left)) void unlock.run(undefined);
      }}
    >
      <SubHeading>{t('profiles.title')}</SubHeading>
      <p>{t('profiles.intro')}</p>
      <fieldset className="profile-list">
        <legend>{t('profiles.pick')}</legend>
        {profiles.map((profile) => (
          <label key={profile.id}>
            <input
              type="radio"
              name="profile"
              value={profile.id}
              checked={profile.id === id}
              onChange={() => {
                setId(profile.id);
                setPin('');
                unlock.reset();
              }}
            />
            {profile.unlocked ? t('profiles.alreadyOpen', { name: profile.name }) : profile.name}
          </label>
        ))}
      </fieldset>
      {needsPin && (
        <CurrentPinField
          ref={pinField}
          errorId={failed ? errorId : undefined}
          label={t('profiles.pin')}
          value={pin}
          onChange={(value) => {
            setPin(value);
            unlock.reset();
          }}
        />
      )}
      <PinError
        id={errorId}
        error={unlock.error}
        left={left}
        name={chosen?.name ?? ''}
        onForgot={() => setResetting(true)}
      />
      <div className="actions">
        <button ref={submit} type="submit" disabled={unlock.pending || isWaiting(left) || chosen === undefined}>
          {unlock.pending ? t('common.working') : t('profiles.open')}
        </button>
        <button type="button" className="secondary" onClick={onCreate}>
          {t('profiles.newProfile')}
        </button>
      </div>
    </form>
  );
}
