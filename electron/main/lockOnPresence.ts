import type { PowerMonitor } from 'electron';
import type { HostControls } from '../services/app/DesktopShell';

type LockReason = Parameters<HostControls['lockAll']>[0];

/**
 * The OS events that lock every profile, and the reason `app.locked` gives: the screen
 * locked (macOS, Windows), the computer went to sleep, or (macOS) another user took over
 * the session.
 */
export const presenceLockReasons = {
  'lock-screen': 'os_lock',
  suspend: 'suspend',
  'user-did-resign-active': 'os_lock',
} as const satisfies Record<string, LockReason>;

/** How often the screen lock is polled where Electron has no `lock-screen` event (Linux). */
export const screenLockPollMs = 5_000;

/** Where and how the screen lock is polled (the defaults: this platform, every 5 s, unref'd). */
export interface PresenceOptions {
  platform?: NodeJS.Platform;
  /** `setInterval`, unref'd so the poll never keeps DeskID running. */
  every?: (run: () => void, ms: number) => void;
}

/**
 * Locks every profile (and so tells the pages) on each of {@link presenceLockReasons}. On
 * Linux, where Electron emits neither `lock-screen` nor `user-did-resign-active`, it also
 * asks `powerMonitor.getSystemIdleState` every {@link screenLockPollMs} and locks once each
 * time the answer turns `'locked'` (Chromium can tell only where the desktop's screen saver
 * says so: docs/security.md).
 */
export function lockOnPresence(
  powerMonitor: Pick<PowerMonitor, 'on' | 'getSystemIdleState'>,
  lockAll: HostControls['lockAll'],
  onError: (error: unknown) => void,
  { platform = process.platform, every = (run, ms) => void setInterval(run, ms).unref() }: PresenceOptions = {},
): void {
  for (const [event, reason] of Object.entries(presenceLockReasons)) {
    (powerMonitor.on as (event: string, listener: () => void) => void)(event, () => {
      lockAll(reason).catch(onError);
    });
  }
  if (platform !== 'linux') return;
  let wasLocked = false;
  every(() => {
    try {
      // The threshold only decides 'idle'; 'locked' is answered whatever it is.
      const locked = powerMonitor.getSystemIdleState(60) === 'locked';
      if (locked && !wasLocked) lockAll('os_lock').catch(onError);
      wasLocked = locked;
    } catch (error) {
      onError(error);
    }
  }, screenLockPollMs);
}
