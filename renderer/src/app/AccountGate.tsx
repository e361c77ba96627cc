import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { AccountStatus } from '../../../electron/contract/accountStatus';
import { useAccount } from '../data/useAccount';
import { ErrorMessage } from '../ui/ErrorMessage';

/**
 * Renders `children` with the signed-in account (`null`: nobody is signed in) once it is
 * known; until then "Loading…", or the error in words with a way to try again.
 */
export function AccountGate({ children }: { children: (account: AccountStatus | null) => ReactNode }) {
  const { t } = useTranslation();
  const { data: account, error, reload } = useAccount();
  if (account !== undefined) return children(account);
  return error === undefined ? (
    <p role="status">{t('common.loading')}</p>
  ) : (
    <ErrorMessage error={error} onRetry={reload} />
  );
}
