import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { queryCache } from './queryCache';

/** The key of the signed-in account (`signIn.status`) in the renderer's store. */
export const accountKey = 'account';

/**
 * Loads the account (`signIn.status`) into the store, keeping the one there until the
 * answer comes: before the first render (the start screen's first need), and after a
 * step changed it (the wizard, once a method is set up). Apart from useAccount (which
 * brings React) so that the page's first script can ask it (startBridge.ts, the
 * 'startBridge' chunk of vite.config.ts).
 */
export function loadAccount(bridge: GroupedBridge): void {
  queryCache.load(accountKey, () => bridge.signIn.status({}));
}
