import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { DeskIdError } from '../../../../electron/contract/DeskIdError';
import type { ProfileList } from './useProfiles';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { useFocusOnError } from '../../ui/useFocusOnError';
import { ActionError } from '../signIn/ActionError';
import { SubHeading } from '../signIn/SubHeading';
import { NewPinFields, newPinReady, type NewPin } from './NewPinFields';
import { profilesKey } from './useProfiles';

type Profile = ProfileList['profiles'][number];

/** The longest profile name the services take (`checkDisplayName`). */
const maxNameLength = 64;

interface CreateProfileFormProps {
  /** Shared-desktop mode: the PIN is required. */
  pinRequired: boolean;
  onCreated: (profile: Profile) => void;
  /** Back to the list, when there are profiles to pick from. */
  onCancel?: () => void;
}

/**
 * A new DeskID profile: a name and a PIN typed twice (`NewPinFields`). A name (trimmed)
 * and two matching PINs are checked here, before any request; whether the PIN is strong
 * enough is the services' rule, and their refusal is shown in their words, on the PIN.
 * Focus goes to the first field with a problem, or to the one the services refused.
 */
export function CreateProfileForm({ pinRequired, onCreated, onCancel }: CreateProfileFormProps) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [name, setName] = useState('');
  const [newPin, setNewPin] = useState<NewPin>({ pin: '', again: '' });
  const [checked, setChecked] = useState(false);
  // A new object each refused try, so that focus moves each time.
  const [refused, setRefused] = useState<object | undefined>(undefined);
  const form = useRef<HTMLFormElement>(null);
  const errorId = useId();
  const { pin } = newPin;
  const nameProblem = checked && name.trim() === '' ? t('profiles.nameRequired') : undefined;
  const create = useAction(async () => {
    const trimmed = name.trim();
    const profile = await bridge.profiles.create(pin === '' ? { name: trimmed } : { name: trimmed, pin });
    queryCache.invalidate(profilesKey);
    onCreated(profile);
  });
  const pinRefused = create.error instanceof DeskIdError && create.error.code === 'invalid_pin';
  const firstInvalid = () =>
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    form.current?.querySelector<HTMLElement>('button[type="submit"]');
  useFocusOnError(refused ?? create.error, firstInvalid);
  return (
    <form
      ref={form}
      className="profile-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (name.trim() === '' || !newPinReady(newPin) || (pinRequired && pin === '')) {
          setRefused({});
          return;
        }
        setRefused(undefined);
        void create.run(undefined);
      }}
    >
      <SubHeading>{t('profiles.createTitle')}</SubHeading>
      <p>{t('profiles.intro')}</p>
      <Field
        label={t('profiles.name')}
        hint={t('profiles.nameHint')}
        problem={nameProblem}
        autoComplete="name"
        required
        maxLength={maxNameLength}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <NewPinFields
        value={newPin}
        checked={checked}
        required={pinRequired}
        errorId={pinRefused ? errorId : undefined}
        onChange={(next) => {
          setNewPin(next);
          if (next.pin !== newPin.pin) create.reset();
        }}
      />
      <div id={errorId}>
        <ActionError error={create.error} left={undefined} />
      </div>
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
