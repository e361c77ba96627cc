import { useTranslation } from '../../../i18n/useTranslation';
import { Link } from '../../../app/router';
import type { AccountStatus } from '../../../../../electron/contract/accountStatus';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { ComplianceSummary } from './ComplianceSummary';
import { MethodName } from './MethodName';

/** The end: what is set up, the recovery code confirmed, and the account's compliance from `/me`. */
export function DoneStep({ account }: { account: AccountStatus }) {
  const { t } = useTranslation();
  const verified = account.methods.filter((method) => method.verified);
  return (
    <section aria-labelledby="done-title">
      <ScreenHeading id="done-title">{t('recovery.done.title')}</ScreenHeading>
      <p>{t('recovery.done.intro')}</p>
      <h2>{t('recovery.done.methodsTitle')}</h2>
      <ul>
        {verified.map((method) => (
          <li key={method.id}>
            <MethodName method={method} />
          </li>
        ))}
      </ul>
      <p>
        {account.recoveryCode.status === 'confirmed'
          ? t('recovery.done.recoveryConfirmed')
          : t('recovery.done.recoveryMissing')}
      </p>
      <ComplianceSummary compliance={account.compliance} />
      <p>
        <Link to="/manage">{t('recovery.done.manage')}</Link>
      </p>
    </section>
  );
}
