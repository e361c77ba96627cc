import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { CallOutput } from '../../../../electron/contract/calls';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { NewPinFields, newPinReady, type NewPin } from '../profiles/NewPinFields';
import { StepForm } from './StepForm';

type Profile = CallOutput<'profiles.resetPinFinish'>;

/**
 * The last step of a PIN reset, once the sign-in proved who the person is: a new PIN,
 * typed twice, under the same rules as for a new person (`NewPinFields`; the services'
 * refusal in their words, and the person chooses again). The profile opens with it.
 * Cancel goes back, and the host forgets the sign-in.
 */
export function PinResetNewPin({
  name,
  onDone,
  onCancel,
}: {
  name: string;
  onDone: (profile: Profile) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [newPin, setNewPin] = useState<NewPin>({ pin: '', again: '' });
  const [checked, setChecked] = useState(false);
  const finish = useAction(async () => {
    onDone(await bridge.profiles.resetPinFinish({ newPin: newPin.pin }));
  });
  return (
    <StepForm
      title={t('people.reset.newPinTitle')}
      action={finish}
      submitLabel={t('people.reset.setNewPin')}
      onCancel={onCancel}
      canRun={() => {
        setChecked(true);
        return newPin.pin !== '' && newPinReady(newPin);
      }}
    >
      <p>{t('people.reset.newPinIntro', { name })}</p>
      <NewPinFields
        value={newPin}
        checked={checked}
        onChange={(next) => {
          setNewPin(next);
          finish.reset();
        }}
      />
    </StepForm>
  );
}
