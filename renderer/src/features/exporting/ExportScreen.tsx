import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useSettings } from '../settings/useSettings';
import { BackupForm } from './BackupForm';
import { RestoreForm } from './RestoreForm';
import './exporting.css';

/**
 * Backing up and restoring (`/codes/export`): an encrypted backup of the open person's
 * accounts, unless exports are switched off on this computer (then it says so), and
 * restoring one, merged or replacing.
 */
export default function ExportScreen() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <section className="exporting" aria-labelledby="export-title">
      <ScreenHeading id="export-title">{t('exporting.title')}</ScreenHeading>
      {settings.data === undefined && settings.loading ? (
        <p role="status">{t('common.loading')}</p>
      ) : settings.data?.exportAllowed === false ? (
        <section aria-labelledby="backup-title">
          <h2 id="backup-title">{t('exporting.backupTitle')}</h2>
          <p>{t('exporting.disabled')}</p>
        </section>
      ) : (
        <BackupForm />
      )}
      <RestoreForm />
      <p>
        <Link to="/codes">{t('exporting.toCodes')}</Link>
      </p>
    </section>
  );
}
