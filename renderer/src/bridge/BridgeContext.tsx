import { createContext, useContext } from 'react';
import type { BridgeClient } from '../../../electron/contract/client';

export const BridgeContext = createContext<BridgeClient | null>(null);

/** The typed bridge. Screens talk to the host only through this. */
export function useBridge(): BridgeClient {
  const bridge = useContext(BridgeContext);
  if (bridge === null) throw new Error('useBridge() needs a <BridgeContext.Provider> above it.');
  return bridge;
}
