import type { AccountStatus } from '../../../../../electron/contract/accountStatus';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../../../ui/ScreenHeading';

/** The end: what is set up, and the account's compliance. (To be built.) */
export function DoneStep({ account }: { account: AccountStatus }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="done-title">
      <ScreenHeading id="done-title">{t('recovery.title')}</ScreenHeading>
      <p>{account.displayName}</p>
    </section>
  );
}
