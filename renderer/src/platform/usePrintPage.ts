import { useMemo } from 'react';
import { useBridge } from '../bridge/BridgeContext';
import { hostKindOf } from './hostKindOf';

/**
 * Printing the page (its print styles show the printable version, e.g. the recovery
 * code's sheet): `window.print()` in the browser host, `webContents.print` through
 * `desktop.print` in Electron. Resolves once the print dialog is done.
 */
export function usePrintPage(): () => Promise<void> {
  const bridge = useBridge();
  return useMemo(
    () => async () => {
      if ((await hostKindOf(bridge)) === 'browser') window.print();
      else await bridge.desktop.print({});
    },
    [bridge],
  );
}
