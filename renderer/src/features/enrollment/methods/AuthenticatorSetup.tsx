import { useState } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { useBridge } from '../../../bridge/BridgeContext';
import { useAction } from '../../../data/useAction';
import { FormError } from '../../../ui/FormError';
import { ProfilePicker } from '../../profiles/ProfilePicker';
import { useProfiles } from '../../profiles/useProfiles';
import { PhoneAppSetup, type PhoneAppAdded } from './PhoneAppSetup';
import { SignInAgain } from '../SignInAgain';

/** What was set up: DeskID in a profile on this computer, or an app on a phone. */
export type AuthenticatorDone = { where: 'here'; profileName: string } | { where: 'phone' };

/**
 * The authenticator, in one of two places. DeskID on this computer: the person opens (or
 * creates) their profile, and the host adds, stores and verifies the authenticator by
 * itself — no QR, no secret on screen; unavailable, with the reason, when the OS keychain
 * does not answer. An app on a phone: the QR code and the setup key, then a code.
 */
export function AuthenticatorSetup({ onDone }: { onDone: (done: AuthenticatorDone) => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const profiles = useProfiles();
  const [way, setWay] = useState<'here' | PhoneAppAdded | undefined>(undefined);
  const addHere = useAction(async () => {
    const added = await bridge.enrollment.addAuthenticatorHere({});
    onDone({ where: 'here', profileName: added.profileName });
  });
  const addPhone = useAction(async () => setWay(await bridge.enrollment.addAuthenticatorPhone({})));

  if (way === 'here') {
    return (
      <>
        {addHere.pending ? (
          <p role="status">{t('methods.authenticatorSetup.adding')}</p>
        ) : (
          <ProfilePicker onReady={() => void addHere.run(undefined)} />
        )}
        <FormError error={addHere.error} />
        <SignInAgain error={addHere.error} />
      </>
    );
  }
  if (way !== undefined) return <PhoneAppSetup added={way} onDone={() => onDone({ where: 'phone' })} />;

  const keychain = profiles.data?.keychain;
  const hereBlocked = keychain?.reachable === false;
  return (
    <div className="authenticator-ways">
      <p>{t('methods.authenticatorSetup.which')}</p>
      <ul className="choice-list">
        <li>
          <button
            type="button"
            disabled={hereBlocked || profiles.data === undefined}
            aria-describedby="way-here-how"
            onClick={() => setWay('here')}
          >
            {t('methods.authenticatorSetup.here')}
          </button>
          <p className="hint" id="way-here-how">
            {hereBlocked
              ? keychain.problem === undefined
                ? t('methods.authenticatorSetup.hereUnavailableGeneric')
                : t('methods.authenticatorSetup.hereUnavailable', { problem: keychain.problem })
              : t('methods.authenticatorSetup.hereHow')}
          </p>
        </li>
        <li>
          <button
            type="button"
            className="secondary"
            disabled={addPhone.pending}
            aria-describedby="way-phone-how"
            onClick={() => void addPhone.run(undefined)}
          >
            {t('methods.authenticatorSetup.phoneApp')}
          </button>
          <p className="hint" id="way-phone-how">
            {t('methods.authenticatorSetup.phoneAppHow')}
          </p>
        </li>
      </ul>
      <FormError error={addPhone.error} />
      <SignInAgain error={addPhone.error} />
    </div>
  );
}
