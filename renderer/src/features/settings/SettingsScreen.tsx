import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useProfiles } from '../profiles/useProfiles';
import { ActionError } from '../signIn/ActionError';
import { ChangePinForm } from './ChangePinForm';
import { PreferencesForm } from './PreferencesForm';
import { useSettings } from './useSettings';
import './settings.css';

/** Settings: the open person's PIN, then the preferences of this computer's DeskID. */
export default function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useSettings();
  const profiles = useProfiles();
  const open = profiles.data?.profiles.find((profile) => profile.unlocked);
  return (
    <section aria-labelledby="settings-title" className="settings-screen">
      <ScreenHeading id="settings-title">{t('settings.title')}</ScreenHeading>
      {settings.data === undefined ? (
        settings.error === undefined ? (
          <p role="status">{t('common.loading')}</p>
        ) : (
          <ActionError error={settings.error} left={undefined} />
        )
      ) : (
        <PreferencesForm settings={settings.data} />
      )}
      {open === undefined ? (
        <>
          <h2>{t('settings.pinTitle')}</h2>
          <p>{t('settings.pinLocked')}</p>
        </>
      ) : (
        <ChangePinForm person={open.name} hasPin={open.hasPin} />
      )}
    </section>
  );
}
