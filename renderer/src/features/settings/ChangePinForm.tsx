import { useState, type ChangeEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { useAction } from '../../data/useAction';
import { Field } from '../../ui/Field';
import { PinError } from '../profiles/PinError';
import { isWaiting, useWait } from '../signIn/ActionError';

/**
 * The open person's new PIN: the current one, then the new one twice. The two new ones
 * must match (checked here); the PIN rules are the services' and are shown in their
 * words; a wrong current PIN counts as an unlock would, with its wait.
 */
export function ChangePinForm({ person, hasPin }: { person: string; hasPin: boolean }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const [current, setCurrent] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [checked, setChecked] = useState(false);
  const [changed, setChanged] = useState(false);
  const mismatch = checked && pin !== again;
  const change = useAction(async () => {
    await bridge.profiles.changePin(hasPin ? { currentPin: current, newPin: pin } : { newPin: pin });
    setCurrent('');
    setPin('');
    setAgain('');
    setChecked(false);
    setChanged(true);
  });
  const left = useWait(change.error);
  const edit = (set: (value: string) => void) => (event: ChangeEvent<HTMLInputElement>) => {
    set(event.target.value);
    setChanged(false);
    change.reset();
  };
  return (
    <form
      aria-labelledby="pin-title"
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (pin === again && !isWaiting(left)) void change.run(undefined);
      }}
    >
      <h2 id="pin-title">{t('settings.pinTitle')}</h2>
      {hasPin && (
        <Field
          label={t('settings.currentPin')}
          type="password"
          inputMode="numeric"
          autoComplete="current-password"
          required
          value={current}
          onChange={edit(setCurrent)}
        />
      )}
      <Field
        label={t('settings.newPin')}
        hint={t('settings.newPinHint')}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        required
        value={pin}
        onChange={edit(setPin)}
      />
      <Field
        label={t('settings.confirmPin')}
        problem={mismatch ? t('settings.pinMismatch') : undefined}
        type="password"
        inputMode="numeric"
        autoComplete="new-password"
        required
        value={again}
        onChange={edit(setAgain)}
      />
      <PinError error={change.error} left={left} name={person} />
      <p role="status">{changed ? t('settings.pinChanged') : ''}</p>
      <button type="submit" disabled={change.pending || isWaiting(left)}>
        {change.pending ? t('common.working') : t('settings.changePin')}
      </button>
    </form>
  );
}
