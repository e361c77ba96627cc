import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { queryCache } from './queryCache';

/** The key of the signed-in account (`signIn.status`) in the renderer's store. */
export const accountKey = 'account';

/**
 * Starts loading the account before the first render (the start screen's first need).
 * Apart from useAccount (which brings React) so that the page's first script can ask it
 * (startBridge.ts, the 'startBridge' chunk of vite.config.ts).
 */
export function preloadAccount(bridge: GroupedBridge): void {
  queryCache.load(accountKey, () => bridge.signIn.status({}));
}
