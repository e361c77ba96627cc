import { createContext, useContext } from 'react';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';

export const BridgeContext = createContext<GroupedBridge | null>(null);

/** The typed bridge, grouped by feature (`bridge.signIn.password(…)`). Screens talk to the host only through this. */
export function useBridge(): GroupedBridge {
  const bridge = useContext(BridgeContext);
  if (bridge === null) throw new Error('useBridge() needs a <BridgeContext.Provider> above it.');
  return bridge;
}
