import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/router';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { isAllowed, usePolicy } from '../settings/usePolicy';
import { BackupForm } from './BackupForm';
import { RestoreForm } from './RestoreForm';
import './exporting.css';

/**
 * Backing up and restoring (`/codes/export`): an encrypted backup of the open person's
 * accounts, and restoring one, merged or replacing. What machine policy switches off
 * (`allowExport`, `allowImport`) is not shown; with both off it says so.
 */
export default function ExportScreen() {
  const { t } = useTranslation();
  const policy = usePolicy();
  const backup = isAllowed(policy.data, 'allowExport');
  const restore = isAllowed(policy.data, 'allowImport');
  return (
    <section className="exporting" aria-labelledby="export-title">
      <ScreenHeading id="export-title">{t('exporting.title')}</ScreenHeading>
      {policy.data === undefined && policy.loading ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <>
          {backup && <BackupForm />}
          {restore && <RestoreForm />}
          {!backup && !restore && <p>{t('exporting.disabled')}</p>}
        </>
      )}
      <p>
        <Link to="/codes">{t('exporting.toCodes')}</Link>
      </p>
    </section>
  );
}
