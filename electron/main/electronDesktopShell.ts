import {
  app,
  clipboard,
  ClipboardItem,
  desktopCapturer,
  globalShortcut,
  Menu,
  nativeImage,
  powerMonitor,
  screen,
  Tray,
  type BrowserWindow,
} from 'electron';
import { createDesktopShell } from './createDesktopShell';

/** The tray icon: a 32×32 PNG (a keyhole on blue), small enough to keep in the code. */
const trayIconPng =
  'iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAASklEQVR42mNgGAVQIB+//j898agDRh0w6gCqOQAEBsQB2ADdHIAPDH8HEANGo2D45wJsDhjwcmDUAaMOGHkOGG2QjDpg+DlgxAIA690w6sIk60wAAAAASUVORK5CYII=';

/** What the entry point hands the shell: its window and how to bring it forward. */
export interface ElectronShellOptions {
  mainWindow: () => BrowserWindow | undefined;
  bringForward: () => void;
  onError: (error: unknown) => void;
}

/** {@link createDesktopShell} made of Electron's own modules (the one place that names them). */
export function electronDesktopShell({ mainWindow, bringForward, onError }: ElectronShellOptions) {
  return createDesktopShell({
    clipboard: {
      clipboard: {
        write: (data) => clipboard.write(data),
        readText: () => clipboard.readText(),
        clear: () => clipboard.clear(),
      },
      ClipboardItem,
    },
    screens: {
      desktopCapturer,
      displays: () => screen.getAllDisplays(),
      windowDisplayId: () => {
        const window = mainWindow();
        return window === undefined || window.isDestroyed()
          ? undefined
          : screen.getDisplayMatching(window.getBounds()).id;
      },
    },
    powerMonitor,
    globalShortcut: {
      register: (accelerator, callback) => globalShortcut.register(accelerator, callback),
      unregister: (accelerator) => globalShortcut.unregister(accelerator),
      isRegistered: (accelerator) => globalShortcut.isRegistered(accelerator),
    },
    tray: () => {
      const tray = new Tray(nativeImage.createFromDataURL(`data:image/png;base64,${trayIconPng}`));
      return {
        setToolTip: (text) => tray.setToolTip(text),
        showMenu: (template) => tray.setContextMenu(Menu.buildFromTemplate(template)),
        onClick: (listener) => tray.on('click', listener),
        osLocale: () => app.getLocale(),
      };
    },
    mainContents: () => {
      const window = mainWindow();
      return window === undefined || window.isDestroyed() ? undefined : window.webContents;
    },
    bringForward,
    quit: () => app.quit(),
    onError,
  });
}
