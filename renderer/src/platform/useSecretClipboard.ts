import { useMemo } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { hostClipboard } from './hostClipboard';
import { hostKindOf } from './hostKindOf';
import { pageClipboard } from './pageClipboard';
import type { SecretClipboard } from './SecretClipboard';

/** The secret clipboard for this host: the page's in the browser host, the main process's in Electron. */
export function useSecretClipboard(): SecretClipboard {
  const bridge = useBridge();
  return useMemo(
    () => ({
      copy: async (text, clearAfterSeconds) =>
        ((await hostKindOf(bridge)) === 'browser' ? pageClipboard : hostClipboard(bridge)).copy(
          text,
          clearAfterSeconds,
        ),
    }),
    [bridge],
  );
}
