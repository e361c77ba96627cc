import { useTranslation } from '../../../i18n/useTranslation';
import type { AuthenticatorDone } from './AuthenticatorSetup';
import { PhoneSetup } from './PhoneSetup';

interface BackupPhoneOfferProps {
  done: AuthenticatorDone;
  /** The server takes phones (else there is nothing to offer: only the way on). */
  offersPhone: boolean;
  /** The phone's form is open (the step's Back closes it again). */
  addingPhone: boolean;
  onAddPhone: () => void;
  onFinished: () => void;
}

/** After the authenticator: what was done, and a phone as a backup, with a clear "Skip for now". */
export function BackupPhoneOffer({ done, offersPhone, addingPhone, onAddPhone, onFinished }: BackupPhoneOfferProps) {
  const { t } = useTranslation();
  return (
    <>
      <p role="status">
        {done.where === 'here'
          ? t('methods.backup.doneHere', { profile: done.profileName })
          : t('methods.backup.donePhone')}
      </p>
      {addingPhone ? (
        <PhoneSetup onDone={onFinished} onOtherMethod={onFinished} />
      ) : (
        <>
          {offersPhone && <p>{t('methods.backup.why')}</p>}
          <div className="actions">
            {offersPhone && (
              <button type="button" onClick={onAddPhone}>
                {t('methods.backup.add')}
              </button>
            )}
            <button type="button" className={offersPhone ? 'secondary' : undefined} onClick={onFinished}>
              {offersPhone ? t('methods.backup.skip') : t('common.continue')}
            </button>
          </div>
        </>
      )}
    </>
  );
}
