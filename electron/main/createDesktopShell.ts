import type { GlobalShortcut, PowerMonitor, WebContents } from 'electron';
import type { DesktopShell, HostControls } from '../services/app/DesktopShell';
import type { Settings } from '../services/settings/settingsSchema';
import { createSecretClipboard } from '../services/clipboard/createSecretClipboard';
import { grabScreens, type ScreenGlue } from './grabScreens';
import { lockOnPresence, type PresenceOptions } from './lockOnPresence';
import { markedClipboard, type ElectronClipboard } from './markedClipboard';
import { createOpenCodesShortcut } from './openCodesShortcut';
import { printWindow } from './printWindow';
import { createTrayMenu, type TrayGlue } from './trayMenu';

/** The Electron objects the desktop shell is made of (the fake stands in for each in tests). */
export interface DesktopShellGlue {
  clipboard: ElectronClipboard;
  screens: ScreenGlue;
  powerMonitor: Pick<PowerMonitor, 'on' | 'getSystemIdleState'>;
  /** Where and how the screen lock is polled (Linux); this platform, every 5 s, when absent. */
  presence?: PresenceOptions;
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister' | 'isRegistered'>;
  /** Makes the tray icon; called once the handlers are attached (after `app.whenReady`). */
  tray: () => TrayGlue;
  /** The main window's contents, to print; undefined while there is none. */
  mainContents: () => Pick<WebContents, 'print'> | undefined;
  /** Brings the DeskID window forward (creating it if needed): tray, shortcut, second launch. */
  bringForward: () => void;
  quit: () => void;
  onError: (error: unknown) => void;
}

/**
 * Electron's desktop shell for the services (`AppContext.desktop`): the marked clipboard,
 * screen capture and printing, and, once the handlers attach, the OS lock events, the
 * tray and the optional global shortcut. `refreshTray` keeps the tray's people current;
 * `language` is the person's language setting, for the main process's dialogs.
 */
export function createDesktopShell(
  glue: DesktopShellGlue,
): DesktopShell & { refreshTray(): void; language(): Promise<Settings['language']> } {
  let attached: HostControls | undefined;
  const openCodes = () => {
    glue.bringForward();
    attached?.openCodes();
  };
  const shortcut = createOpenCodesShortcut(glue.globalShortcut, openCodes, {
    allowedByPolicy: () => attached?.shortcutAllowed() ?? true,
  });
  let tray: { refresh(): Promise<void> } | undefined;
  const refreshTray = () => void tray?.refresh();
  return {
    clipboard: createSecretClipboard(markedClipboard(glue.clipboard)),
    grabScreens: () => grabScreens(glue.screens),
    print: async () => {
      const contents = glue.mainContents();
      return contents === undefined ? false : printWindow(contents);
    },
    attach(host: HostControls) {
      attached = host;
      const lockAll: HostControls['lockAll'] = async (reason) => {
        await host.lockAll(reason);
        refreshTray();
      };
      lockOnPresence(glue.powerMonitor, lockAll, glue.onError, glue.presence);
      tray = createTrayMenu(
        glue.tray(),
        { ...host, lockAll },
        { open: glue.bringForward, quit: glue.quit },
        glue.onError,
      );
      refreshTray();
      host.settings().then((settings) => shortcut.apply(settings), glue.onError);
    },
    settingsChanged(settings) {
      shortcut.apply(settings);
      refreshTray();
    },
    refreshTray,
    /** The person's language setting for the main process's own words; "system" until the handlers attach. */
    language: async () => (attached === undefined ? 'system' : (await attached.settings()).language),
  };
}
