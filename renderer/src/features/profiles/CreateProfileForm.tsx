import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileList } from './useProfiles';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { ActionError } from '../signIn/ActionError';
import { SubHeading } from '../signIn/SubHeading';
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
 * A new DeskID profile: a name and a PIN typed twice. The two PINs must match (checked
 * here); whether the PIN is strong enough is the services' rule, and their refusal is
 * shown in their words.
 */
export function CreateProfileForm({ pinRequired, onCreated, onCancel }: CreateProfileFormProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const mismatch = checked && pin !== again;
  const tooShort = checked && pin !== '' && pin.length < 6;
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
        if (pin !== again || (pin !== '' && pin.length < 6)) return;
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
      <Field
        label={t('profiles.newPin')}
        hint={pinRequired ? t('profiles.newPinHint') : t('profiles.newPinOptionalHint')}
        problem={tooShort ? t('profiles.pinTooShort') : undefined}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        required={pinRequired}
        value={pin}
        onChange={(event) => {
          setPin(event.target.value);
          create.reset();
        }}
      />
      <Field
        label={t('profiles.confirmPin')}
        problem={mismatch ? t('profiles.pinMismatch') : undefined}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        required={pinRequired || pin !== ''}
        value={again}
        onChange={(event) => setAgain(event.target.value)}
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
