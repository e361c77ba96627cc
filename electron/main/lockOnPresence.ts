import type { PowerMonitor } from 'electron';
import type { HostControls } from '../services/app/DesktopShell';

type LockReason = Parameters<HostControls['lockAll']>[0];

/**
 * The OS events that lock every profile, and the reason `app.locked` gives: the screen
 * locked, the computer went to sleep, or (macOS) another user took over the session.
 */
export const presenceLockReasons = {
  'lock-screen': 'os_lock',
  suspend: 'suspend',
  'user-did-resign-active': 'os_lock',
} as const satisfies Record<string, LockReason>;

/** Locks every profile (and so tells the pages) on each of {@link presenceLockReasons}. */
export function lockOnPresence(
  powerMonitor: Pick<PowerMonitor, 'on'>,
  lockAll: HostControls['lockAll'],
  onError: (error: unknown) => void,
): void {
  for (const [event, reason] of Object.entries(presenceLockReasons)) {
    (powerMonitor.on as (event: string, listener: () => void) => void)(event, () => {
      lockAll(reason).catch(onError);
    });
  }
}
