import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { useBridge } from '../../bridge/BridgeContext';
import { CodesScreen } from '../codes/CodesScreen';
import { preloadCodes } from '../codes/useCodes';
import { ProfilePicker } from '../profiles/ProfilePicker';
import { useProfiles } from '../profiles/useProfiles';
import { ActionError } from '../signIn/ActionError';
import { PinResetSetUp } from './PinResetSetUp';

/**
 * "Authenticator codes": the people on this desktop until one of them opens their
 * profile with their PIN, then that person's codes. Locked, it shows names of people
 * only — never a code or an account name.
 */
export default function PeopleScreen() {
  const { t } = useTranslation();
  const profiles = useProfiles();
  if (profiles.data === undefined) {
    return profiles.error === undefined ? (
      <p role="status">{t('common.loading')}</p>
    ) : (
      <ActionError error={profiles.error} left={undefined} />
    );
  }
  const open = profiles.data.profiles.find((profile) => profile.unlocked);
  if (open !== undefined) {
    return (
      <>
        <CodesScreen person={open.name} />
        <PinResetSetUp profile={open} />
      </>
    );
  }
  return <PeopleList />;
}

/** The list itself; its heading takes focus after the picker's own (a parent's effect runs last). */
function PeopleList() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title" tabIndex={-1} ref={heading}>
        {t('people.title')}
      </h1>
      <p>{t('people.intro')}</p>
      {/* The codes come next: asked for as soon as the profile opens, while their screen renders. */}
      <ProfilePicker onReady={() => undefined} onOpened={() => preloadCodes(() => bridge.codes.list({}))} />
    </section>
  );
}
