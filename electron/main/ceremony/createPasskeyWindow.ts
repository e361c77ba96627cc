import type { BrowserWindowConstructorOptions } from 'electron';
import { ceremonyPagePath, ceremonyResultChannel } from '../../contract/ceremonyPage';
import { ceremonyPartition } from '../../services/passkeyCeremony/ceremonyPartition';
import { chooseWebAuthnAccount, type OfferedAccount } from '../../services/passkeyCeremony/chooseWebAuthnAccount';
import type {
  CeremonyAvailability,
  ExpectedAccount,
  PasskeyWindow,
} from '../../services/passkeyCeremony/PasskeyWindow';
import { ceremonyWindowOptions } from './ceremonyWindowOptions';
import { registerCeremonyProtocol, type CeremonyPageSource, type CeremonyProtocol } from './registerCeremonyProtocol';
import type { CeremonyDebugger, VirtualAuthenticators } from './virtualAuthenticator';

/** The part of a ceremony window's `webContents` the glue uses. */
export interface CeremonyWebContents {
  ipc: {
    on(channel: string, listener: (event: { senderFrame: { url: string } | null }, raw: unknown) => void): unknown;
  };
  on(event: 'render-process-gone', listener: () => void): unknown;
  on(
    event: 'did-fail-load',
    listener: (event: unknown, code: number, description: string, url: string, isMainFrame: boolean) => void,
  ): unknown;
  debugger: CeremonyDebugger;
}

/** The part of a `BrowserWindow` the glue uses. */
export interface CeremonyBrowserWindow {
  webContents: CeremonyWebContents;
  on(event: 'closed', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  destroy(): void;
}

/** The part of a `Session` the glue uses. */
export interface CeremonySession {
  protocol: CeremonyProtocol;
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  on(
    event: 'select-webauthn-account',
    listener: (
      event: unknown,
      details: { accounts: OfferedAccount[] },
      callback: (credentialId?: string | null) => void,
    ) => void,
  ): unknown;
}

/** What the ceremony window is made of: Electron's pieces, the page's source and the decisions made at start. */
export interface PasskeyWindowDeps {
  /** `session.fromPartition`. */
  fromPartition(partition: string): CeremonySession;
  /** `new BrowserWindow(options)`. */
  createWindow(options: BrowserWindowConstructorOptions): CeremonyBrowserWindow;
  /** Serves the ceremony page's files from the app bundle (or Vite's dev server). */
  page: CeremonyPageSource;
  /** The ceremony preload's path (`ceremony-preload.cjs`). */
  preload: string;
  availability: CeremonyAvailability;
  /** Touch ID is on: the partition persists (see `ceremonyPartition`). */
  persistPartition: boolean;
  /** `--test-virtual-authenticator`: attached to each window before its page loads. */
  virtualAuthenticators?: VirtualAuthenticators | undefined;
  logError: (error: unknown) => void;
}

/**
 * Electron's side of the services' `PasskeyWindow`: each ceremony opens a small window in
 * the origin's own session partition (permissions denied, the page served from the bundle
 * for the ceremony path only, every other request refused, `select-webauthn-account` answered for the expected
 * account), hears the page's one result on its own `webContents.ipc` from the ceremony
 * page's frame only, and reports the window closing, its page crashing or failing to load.
 * `close()` destroys the window (after reading the virtual authenticator's credentials back).
 */
export function createPasskeyWindow(deps: PasskeyWindowDeps): PasskeyWindow {
  const prepared = new Set<string>();
  let expected: ExpectedAccount = { allowCredentialIds: [] };

  function prepareSession(partition: string, origin: string): void {
    if (prepared.has(partition)) return;
    prepared.add(partition);
    const session = deps.fromPartition(partition);
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.setPermissionCheckHandler(() => false);
    registerCeremonyProtocol(session.protocol, { origin, page: deps.page });
    session.on('select-webauthn-account', (_event, details, callback) => {
      let chosen: string | undefined;
      try {
        chosen = chooseWebAuthnAccount(details.accounts, expected);
      } finally {
        // Exactly once, as Electron asks; none cancels the prompt.
        callback(chosen ?? null);
      }
    });
  }

  return {
    availability: () => deps.availability,
    open(request, events) {
      expected = request.expected;
      const partition = ceremonyPartition(request.origin, { persist: deps.persistPartition });
      prepareSession(partition, request.origin);
      const window = deps.createWindow(ceremonyWindowOptions({ partition, preload: deps.preload, title: 'DeskID' }));
      const contents = window.webContents;
      const pageUrl = `${request.origin}${ceremonyPagePath}`;
      contents.ipc.on(ceremonyResultChannel, (event, raw) => {
        if (event.senderFrame?.url.startsWith(pageUrl) === true) events.result(raw);
      });
      window.on('closed', () => events.closed());
      contents.on('render-process-gone', () => events.closed());
      contents.on('did-fail-load', (_event, _code, _description, _url, isMainFrame) => {
        if (isMainFrame) events.result({ ok: false, problem: 'failed' });
      });
      let keep: (() => Promise<void>) | undefined;
      const load = async () => {
        if (deps.virtualAuthenticators !== undefined) {
          keep = (await deps.virtualAuthenticators.attach(contents.debugger)).keep;
        }
        await window.loadURL(request.url);
      };
      load().catch((error: unknown) => {
        // Electron's message quotes the URL, whose fragment holds the server's options
        // (challenge, user): the log gets only the error's code and the origin.
        deps.logError(
          new Error(`The passkey ceremony page did not load (${loadErrorCode(error)}) from ${request.origin}`),
        );
        events.result({ ok: false, problem: 'failed' });
      });
      return {
        close: () => {
          const destroy = () => {
            if (!window.isDestroyed()) window.destroy();
          };
          if (keep === undefined) destroy();
          else void keep().catch(deps.logError).finally(destroy);
        },
      };
    },
  };
}

/**
 * Electron's load error code (`ERR_ABORTED`, …): its `code`, or the start of its message
 * (`"ERR_ABORTED (-3) loading '…'"`). Never anything after it, where the URL is quoted.
 */
export function loadErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^ERR_[A-Z0-9_]+$/.test(code)) return code;
  const message = error instanceof Error ? error.message : '';
  return /^(ERR_[A-Z0-9_]+) \(-?\d+\)/.exec(message)?.[1] ?? 'unknown';
}
