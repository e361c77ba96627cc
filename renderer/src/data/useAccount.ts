import { useBridge } from '../bridge/BridgeContext';
import type { AccountStatus } from '../../../electron/contract/accountStatus';
import { accountKey } from './accountQuery';
import { queryCache } from './queryCache';
import { useQuery, type Query } from './useQuery';

/** The signed-in account as the ID server sees it (`null`: nobody is signed in). */
export function useAccount(): Query<AccountStatus | null> {
  const bridge = useBridge();
  return useQuery(accountKey, () => bridge.signIn.status({}));
}

/** Puts the account a step answered in place, so every screen shows it at once. */
export function setAccount(account: AccountStatus | null): void {
  queryCache.set(accountKey, account);
}
