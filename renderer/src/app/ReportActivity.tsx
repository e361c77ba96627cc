import { useEffect } from 'react';
import { useBridge } from '../bridge/BridgeContext';

/** The host is told at most this often that a person is using the window. */
export const reportEveryMs = 10_000;

/**
 * What counts as use: a key (typing in any field), a click or tap, the wheel, and the
 * pointer moving over the window, as the OS's own idle time counts them. A person reading
 * a long step, or typing a code read out by a voice call, is there.
 */
const useEvents = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/**
 * Tells the host that the person is using the window (`app.activity`), so the idle lock
 * counts from the last real use, not from the last bridge call. At most one report per
 * {@link reportEveryMs}: use in between is reported once that span is over (a trailing
 * report), so the host's count never starts before the person's last use and the lock
 * never comes earlier than the set minutes after it. Renders nothing.
 */
export function ReportActivity() {
  const bridge = useBridge();
  useEffect(() => {
    let last = -Infinity;
    let trailing: ReturnType<typeof setTimeout> | undefined;
    const send = () => {
      trailing = undefined;
      last = Date.now();
      bridge.app.activity({}).catch(() => undefined);
    };
    const report = () => {
      if (trailing !== undefined) return;
      const wait = last + reportEveryMs - Date.now();
      if (wait <= 0) send();
      else trailing = setTimeout(send, wait);
    };
    // Use before a lock is not use after it: a report still waiting would start the idle
    // count again on the locked app.
    const stopLocked = bridge.on('app.locked', () => {
      if (trailing !== undefined) clearTimeout(trailing);
      trailing = undefined;
      last = -Infinity;
    });
    for (const name of useEvents) window.addEventListener(name, report, { capture: true, passive: true });
    return () => {
      stopLocked();
      for (const name of useEvents) window.removeEventListener(name, report, { capture: true });
      if (trailing !== undefined) clearTimeout(trailing);
    };
  }, [bridge]);
  return null;
}
