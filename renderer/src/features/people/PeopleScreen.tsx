import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { CodesScreen } from '../codes/CodesScreen';
import { ProfilePicker } from '../profiles/ProfilePicker';
import { useProfiles } from '../profiles/useProfiles';
import { ActionError } from '../signIn/ActionError';

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
  if (open !== undefined) return <CodesScreen person={open.name} />;
  return (
    <section aria-labelledby="people-title">
      <ScreenHeading id="people-title">{t('people.title')}</ScreenHeading>
      <p>{t('people.intro')}</p>
      <ProfilePicker onReady={() => undefined} />
    </section>
  );
}
