import type { HostKind } from '../../contract/appInfo';
import type { EventName, EventPayload } from '../../contract/events';
import type { Keychain } from '../keychain/Keychain';
import type { MachinePolicy } from '../policy/MachinePolicy';
import type { PasskeyWindow } from '../passkeyCeremony/PasskeyWindow';
import type { DesktopShell } from './DesktopShell';

/** A file the person keeps, handed over the way the host can: a save dialog or a download. */
export interface FileToSave {
  suggestedName: string;
  text: string;
}

/** Electron: a save dialog and a write with owner-only permissions. Browser host: a download in the page. */
export type FileSaver = (
  file: FileToSave,
) => Promise<
  | { savedAs: 'file'; fileName: string }
  | { savedAs: 'cancelled' }
  | { savedAs: 'download'; fileName: string; text: string }
>;

/** The ID server the app talks to. */
export interface IdServerTarget {
  /**
   * Its origin: `https://…`, or `http://` on loopback. For the embedded server it is empty
   * until the host has started it, which happens before the host is ready for calls.
   */
  url: string;
  /** The mock ID server started inside this process because none was configured. */
  embedded: boolean;
}

/**
 * What a host hands the services at start: the one wiring point (`createAppContext`)
 * fills it for Electron main, the browser host and the CLI, choosing the platform
 * implementations.
 */
export interface AppContext {
  version: string;
  hostKind: HostKind;
  dataDir: string;
  keychain: Keychain;
  idServer: IdServerTarget;
  saveFile: FileSaver;
  /** How passkey ceremonies run: in the page itself (browser host) or in a ceremony window (Electron). */
  passkeyCeremony: 'page' | 'window';
  /** Electron: opens the ceremony window (`electron/main/ceremony`), set by the host at start; absent in the browser host. */
  passkeyWindow?: PasskeyWindow | undefined;
  /** Tells every window of this host an event (browser host: its event hub; Electron: `webContents.send`). */
  emit: EmitEvent;
  /**
   * This computer's machine policy (registry, managed preferences or policy file), read at
   * start and watched; the services take their limits from it, and `allowGlobalShortcut()`
   * tells the tray and shortcut glue whether it may register the shortcut. Absent: none
   * (the defaults and the person's settings hold), as in tests that build a context by hand.
   */
  policy?: MachinePolicy | undefined;
  /** What only Electron main can do (marked clipboard, screen capture, printing, tray, OS lock); absent in the browser host. */
  desktop?: DesktopShell | undefined;
}

/** Sends a bridge event (`contract/events.ts`) to every page of the host. */
export type EmitEvent = <N extends EventName>(name: N, payload: EventPayload<N>) => void;

/** For a host with no page to tell (the CLI, a test that does not listen). */
export const emitNowhere: EmitEvent = () => undefined;

/** The browser host's file saver: the page turns the text into a download. */
export const downloadInPage: FileSaver = (file) =>
  Promise.resolve({ savedAs: 'download', fileName: file.suggestedName, text: file.text });
