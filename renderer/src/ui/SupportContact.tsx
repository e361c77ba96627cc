import { useContext } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { BridgeContext } from '../bridge/BridgeContext';
import { usePolicy } from '../data/usePolicy';

/**
 * Who to ask for help, on error screens, when the organization's policy names someone
 * (`supportContact`). Nothing without a bridge (the window opened without its launch key)
 * or without a contact.
 */
export function SupportContact() {
  return useContext(BridgeContext) === null ? null : <ContactFromPolicy />;
}

function ContactFromPolicy() {
  const { t } = useTranslation();
  const policy = usePolicy();
  const contact = policy.data?.settings.find((setting) => setting.name === 'supportContact')?.value;
  if (typeof contact !== 'string' || contact.trim() === '') return null;
  return <p className="support-contact">{t('errors.supportContact', { contact })}</p>;
}
