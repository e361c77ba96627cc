import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { ProfileList } from './useProfiles';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { ActionError } from '../signIn/ActionError';
import { SubHeading } from '../signIn/SubHeading';
import { NewPinFields, newPinReady, type NewPin } from './NewPinFields';
import { profilesKey } from './useProfiles';

type Profile = ProfileList['profiles'][number];

interface CreateProfileFormProps {
  /** Shared-desktop mode: the PIN is required. */
  pinRequired: boolean;
  onCreated: (profile: Profile) => void;
  /** Back to the list, when there are profiles to pick from. */
  onCancel?: () => void;
}

/**
 * A new DeskID profile: a name and a PIN typed twice (`NewPinFields`). The two PINs must
 * match (checked here); whether the PIN is strong enough is the services' rule, and their
 * refusal is shown in their words.
 */
export function CreateProfileForm({ pinRequired, onCreated, onCancel }: CreateProfileFormProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [name, setName] = useState('');
  const [newPin, setNewPin] = useState<NewPin>({ pin: '', again: '' });
  const [checked, setChecked] = useState(false);
  const { pin } = newPin;
  const create = useAction(async () => {
    const profile = await bridge.profiles.create(pin === '' ? { name } : { name, pin });
    queryCache.invalidate(profilesKey);
    onCreated(profile);
  });
  return (
    <form
      className="profile-form"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (!newPinReady(newPin)) return;
        void create.run(undefined);
      }}
    >
      <SubHeading>{t('profiles.createTitle')}</SubHeading>
      <p>{t('profiles.intro')}</p>
      <Field
        label={t('profiles.name')}
        hint={t('profiles.nameHint')}
        autoComplete="name"
        required
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <NewPinFields
        value={newPin}
        checked={checked}
        required={pinRequired}
        onChange={(next) => {
          setNewPin(next);
          if (next.pin !== newPin.pin) create.reset();
        }}
      />
      <ActionError error={create.error} left={undefined} />
      <div className="actions">
        <button type="submit" disabled={create.pending}>
          {create.pending ? t('common.working') : t('profiles.create')}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('profiles.existing')}
          </button>
        )}
      </div>
    </form>
  );
}
