import { useTranslation } from '../../../i18n/useTranslation';
import type { AccountStatus } from '../../../../../electron/contract/accountStatus';

/**
 * The account's standing with the ID server's rules (`/me`'s compliance): compliant, or
 * what is still missing in words. Announced politely when it changes (`role="status"`).
 */
export function ComplianceSummary({ compliance }: { compliance: AccountStatus['compliance'] }) {
  const { t } = useTranslation();
  return (
    <div className={compliance.compliant ? 'compliance ok' : 'compliance missing'} role="status">
      {compliance.compliant ? (
        <p>{t('recovery.done.compliant')}</p>
      ) : (
        <>
          <p>{t('recovery.done.notCompliant')}</p>
          <ul>
            {compliance.missing.map((missing) => (
              <li key={missing}>{t(`recovery.done.missing.${missing}`)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
