import type { CallHandlers } from '../../../contract/dispatcher';
import { readQrCode } from '../../importers/readQrCode';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `desktop.${string}`>>;

/**
 * The `desktop.*` calls over the host's desktop shell (`AppContext.desktop`, Electron
 * only). Without one (the browser host) each answers that the page does it itself. Also
 * hands the shell what its tray and the OS lock events act on (`HostControls`).
 */
export function desktopHandlers(state: HostState): Handlers {
  const { context, settings, profiles } = state;
  const desktop = context.desktop;
  desktop?.attach({
    lockAll: (reason) => state.lockAll(reason),
    people: async () => (await profiles.list()).map(({ id, name, unlocked }) => ({ id, name, unlocked })),
    settings: () => settings.read(),
    shortcutAllowed: () => context.policy?.allowGlobalShortcut() ?? true,
    openCodes: () => context.emit('app.openCodes', {}),
  });
  // Policy may forbid the shortcut while DeskID runs: the shell hears it as a settings change.
  context.policy?.onChange(() => {
    settings.read().then(
      (now) => desktop?.settingsChanged(now),
      () => undefined,
    );
  });
  return {
    'desktop.copySecret': async ({ text, clearAfterSeconds }) => {
      if (desktop === undefined) return { copiedBy: 'page', clearAfterSeconds };
      await desktop.clipboard.copySecret(text, clearAfterSeconds);
      return { copiedBy: 'host', clearAfterSeconds };
    },
    'desktop.grabScreen': async () => {
      if (desktop === undefined) return { problem: 'unavailable' };
      const screens = await desktop.grabScreens();
      if (screens.length === 0) return { problem: 'unavailable' };
      for (const screen of screens) {
        // One screen's decoding at a time, then the event loop runs (other windows' IPC, timers).
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (showsQrCode(screen)) return { dataBase64: Buffer.from(screen).toString('base64') };
      }
      return { problem: 'no_qr_code' };
    },
    'desktop.print': async () =>
      desktop === undefined
        ? { printedBy: 'page', printed: false }
        : { printedBy: 'host', printed: await desktop.print() },
  };
}

/**
 * Whether a screen's picture holds a readable QR code (its text is not kept). Synchronous
 * (jsQR): `desktop.grabScreen` yields to the event loop before each screen.
 */
function showsQrCode(picture: Uint8Array): boolean {
  try {
    readQrCode(picture);
    return true;
  } catch {
    return false;
  }
}
