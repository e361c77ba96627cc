import type { EventPayload } from '../../contract/events';
import type { Settings } from '../settings/settingsSchema';

/** Why everything locked, as the `app.locked` event says. */
type LockReason = EventPayload<'app.locked'>['reason'];

/**
 * Puts a secret on the clipboard marked so that clipboard history, cloud clipboard and
 * clipboard managers leave it alone, and takes it off after `clearAfterSeconds` if the
 * clipboard still holds it (`createSecretClipboard`).
 */
export interface ClipboardWriter {
  copySecret(text: string, clearAfterSeconds: number): Promise<void>;
  /** On lock: clears now if the clipboard still holds the last secret copied, and drops its timer. Never rejects. */
  clearNow(): Promise<void>;
}

/** What the host process lets the desktop shell do (tray, OS lock events). */
export interface HostControls {
  /** Locks every profile, forgets the ID-server session and tells every page. */
  lockAll: (reason: LockReason) => Promise<void>;
  /** The people on this desktop, for the tray (names only, never a secret). */
  people: () => Promise<{ id: string; name: string; unlocked: boolean }[]>;
  /** The settings in force (the global shortcut is one). */
  settings: () => Promise<Settings>;
  /** Machine policy's `allowGlobalShortcut`: false keeps the shortcut off whatever the setting. */
  shortcutAllowed: () => boolean;
  /** Tells the pages to show the codes (the global shortcut's `app.openCodes`). */
  openCodes: () => void;
}

/**
 * What only a desktop host (Electron main) can do, handed to the services through
 * `AppContext.desktop`. The browser host has none: its page copies, captures and prints
 * itself. Each part is Electron glue in `electron/main/`, tested with the fake.
 */
export interface DesktopShell {
  clipboard: ClipboardWriter;
  /** Each screen as a PNG, the one the DeskID window is on first; empty where capture is refused. */
  grabScreens(): Promise<Uint8Array[]>;
  /** Prints the DeskID window's page; answers whether it was sent to a printer. */
  print(): Promise<boolean>;
  /** Called once the handlers exist, with what the tray and the OS lock events act on. */
  attach(host: HostControls): void;
  /** Called after every settings or machine-policy change (the global shortcut follows both). */
  settingsChanged(settings: Settings): void;
}
