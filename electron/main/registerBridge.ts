import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannels } from '../contract/ipcChannels';
import { DeskIdError } from '../contract/DeskIdError';
import type { Dispatch } from '../contract/dispatcher';

/**
 * Registers the whole bridge on one IPC channel, from the contract. Calls from any frame
 * other than the app's own page (checked on the sender frame's URL) are refused.
 */
export function registerBridge(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
) {
  ipcMain.handle(ipcChannels.call, (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url)) {
      return {
        ok: false,
        error: new DeskIdError('forbidden_origin', 'Bridge calls are accepted only from the DeskID window.').toJSON(),
      };
    }
    return dispatch(name, input);
  });
}

/** The app's own origins: the bundled `app://deskid` page, or Vite's dev server in development. */
export function createUrlCheck(devServerUrl: string | undefined) {
  const trusted = new Set(['app://deskid']);
  if (devServerUrl !== undefined) trusted.add(new URL(devServerUrl).origin);
  return (url: string): boolean => {
    try {
      const parsed = new URL(url);
      // Node gives custom schemes an opaque origin ("null"), so build it by hand.
      const origin = parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin;
      return trusted.has(origin);
    } catch {
      return false;
    }
  };
}

/** The part of a `BrowserWindow` an event is sent through. */
export interface EventWindow {
  isDestroyed(): boolean;
  webContents: { getURL(): string; send(channel: string, message: unknown): void };
}

/**
 * Sends a host event (already checked against the contract) to the app's own windows only:
 * a window whose page is not on a trusted URL (a passkey ceremony window, on the ID
 * server's origin) hears nothing.
 */
export function sendToAppWindows(windows: EventWindow[], isTrustedUrl: (url: string) => boolean, message: unknown) {
  for (const window of windows) {
    if (!window.isDestroyed() && isTrustedUrl(window.webContents.getURL())) {
      window.webContents.send(ipcChannels.event, message);
    }
  }
}
