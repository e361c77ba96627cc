import { useMemo } from 'react';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { useBridge } from '../bridge/BridgeContext';
import { grabScreenFrame } from './grabScreenFrame';
import { hostKindOf } from './hostKindOf';
import type { ScreenGrab, ScreenGrabber } from './ScreenGrabber';

/** Electron's screen grab: the main process captures (`desktop.grabScreen`). */
async function grabOnHost(bridge: GroupedBridge): Promise<ScreenGrab> {
  try {
    return await bridge.desktop.grabScreen({});
  } catch {
    return { problem: 'failed' };
  }
}

/** The screen grabber for this host: the page's `getDisplayMedia` in the browser host, `desktopCapturer` in Electron. */
export function useScreenGrabber(): ScreenGrabber {
  const bridge = useBridge();
  return useMemo(
    () => ({
      grab: async () => {
        const kind = await hostKindOf(bridge).catch(() => undefined);
        if (kind === undefined) return { problem: 'failed' };
        return kind === 'browser' ? grabScreenFrame() : grabOnHost(bridge);
      },
    }),
    [bridge],
  );
}
