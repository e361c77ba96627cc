import { useMemo } from 'react';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { useBridge } from '../bridge/BridgeContext';
import type { PasskeyCeremony } from './PasskeyCeremony';

const chosen = new WeakMap<GroupedBridge, Promise<PasskeyCeremony>>();

/** The implementation for this host, asked once per bridge (`app.info().hostKind`). */
function ceremonyFor(bridge: GroupedBridge): Promise<PasskeyCeremony> {
  let ceremony = chosen.get(bridge);
  if (ceremony === undefined) {
    ceremony = bridge.app
      .info({})
      // Each implementation loads with its first use, not with the first screen: the
      // in-page one carries @simplewebauthn/browser.
      .then(async (info) =>
        info.hostKind === 'browser'
          ? (await import('./inPageCeremony')).createInPageCeremony(bridge)
          : (await import('./hostWindowCeremony')).createHostWindowCeremony(bridge),
      );
    // A failed question is asked again next time rather than remembered.
    ceremony.catch(() => chosen.delete(bridge));
    chosen.set(bridge, ceremony);
  }
  return ceremony;
}

/**
 * The passkey ceremony for this host: in the page in the browser host, the ceremony
 * window in Electron. Usable at once; the choice is made on first use and kept.
 */
export function usePasskeyCeremony(): PasskeyCeremony {
  const bridge = useBridge();
  return useMemo(
    () => ({
      available: async () => (await ceremonyFor(bridge)).available(),
      register: async (label) => (await ceremonyFor(bridge)).register(label),
      signIn: async () => (await ceremonyFor(bridge)).signIn(),
    }),
    [bridge],
  );
}
