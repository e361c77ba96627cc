import { useBridge } from '../bridge/BridgeContext';
import type { AccountStatus } from '../../../electron/contract/accountStatus';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { queryCache } from './queryCache';
import { useQuery, type Query } from './useQuery';

export const accountKey = 'account';

/** The signed-in account as the ID server sees it (`null`: nobody is signed in). */
export function useAccount(): Query<AccountStatus | null> {
  const bridge = useBridge();
  return useQuery(accountKey, () => bridge.signIn.status({}));
}

/** Starts loading the account before the first render (the start screen's first need). */
export function preloadAccount(bridge: GroupedBridge): void {
  queryCache.load(accountKey, () => bridge.signIn.status({}));
}

/** Puts the account a step answered in place, so every screen shows it at once. */
export function setAccount(account: AccountStatus | null): void {
  queryCache.set(accountKey, account);
}
