import { useEffect } from 'react';
import { useBridge } from '../../bridge/BridgeContext';

/** The host is told at most this often that a person is at the keyboard. */
const reportEveryMs = 60_000;

/**
 * Tells the host that the person is using the window (a key or a click), at most once a
 * minute (`app.activity`), so the idle lock counts from the last real use. Renders nothing.
 */
export function ReportActivity() {
  const bridge = useBridge();
  useEffect(() => {
    let last = 0;
    const report = () => {
      const now = Date.now();
      if (now - last < reportEveryMs) return;
      last = now;
      bridge.app.activity({}).catch(() => undefined);
    };
    window.addEventListener('keydown', report, { capture: true });
    window.addEventListener('pointerdown', report, { capture: true });
    return () => {
      window.removeEventListener('keydown', report, { capture: true });
      window.removeEventListener('pointerdown', report, { capture: true });
    };
  }, [bridge]);
  return null;
}
