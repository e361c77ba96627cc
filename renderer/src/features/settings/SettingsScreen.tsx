import { useTranslation } from '../../i18n/useTranslation';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useProfiles } from '../profiles/useProfiles';
import { ActionError } from '../signIn/ActionError';
import { ChangePinForm } from './ChangePinForm';
import { OrganizationSettings } from './OrganizationSettings';
import { PreferencesForm } from './PreferencesForm';
import { useSettings } from './useSettings';
import { enforcedNames, usePolicy } from './usePolicy';
import './settings.css';

/**
 * Settings: the preferences of this computer's DeskID (those machine policy sets locked),
 * what the organization sets, then the open person's PIN.
 */
export default function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useSettings();
  const policy = usePolicy();
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
        <PreferencesForm settings={settings.data} locked={enforcedNames(policy.data)} />
      )}
      {policy.data !== undefined && <OrganizationSettings policy={policy.data} />}
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
