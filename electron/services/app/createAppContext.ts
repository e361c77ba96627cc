import type { HostKind } from '../../contract/appInfo';
import { createKeychain } from '../keychain/createKeychain';
import { createMachinePolicy } from '../policy/createMachinePolicy';
import type { MachinePolicy } from '../policy/MachinePolicy';
import type { DesktopShell } from './DesktopShell';
import {
  downloadInPage,
  emitNowhere,
  type AppContext,
  type EmitEvent,
  type FileSaver,
  type IdServerTarget,
} from './AppContext';
import { defaultDataDir } from './defaultDataDir';

interface CommonOptions {
  version: string;
  /** `--data-dir`, or Electron's `userData`; default: the platform's per-user folder. */
  dataDir?: string | undefined;
  /**
   * `--server`: a configured ID server's origin. Without one the host starts the embedded
   * mock ID server (`startEmbeddedIdServer`), which fills in `idServer.url`.
   */
  server?: string | undefined;
  env?: NodeJS.ProcessEnv;
  /** How the host tells its pages an event (`app.locked`); default: nowhere. */
  emit?: EmitEvent;
  /** Machine policy; default: this OS's sources (or `DESKID_POLICY_FILE`), watched, warnings on stderr. */
  policy?: MachinePolicy;
}

/**
 * What differs by host: Electron brings its save dialog and its desktop shell (clipboard,
 * screen, printing, tray); the browser host downloads, copies and prints in the page.
 */
export type CreateAppContextOptions = CommonOptions &
  (
    | { hostKind: Extract<HostKind, 'browser'> }
    | { hostKind: Extract<HostKind, 'electron'>; saveFile: FileSaver; desktop?: DesktopShell }
  );

/**
 * The one wiring point: builds the `AppContext` Electron main and the browser host hand
 * the services, choosing the platform implementations (keychain, file saving, passkey
 * ceremony) and the ID server. The CLI takes its keychain from `createKeychain`.
 *
 * The ID server is `server` (`--server`), else machine policy's `serverUrl`, else the
 * embedded one. With neither, `idServer.url` stays empty until the host has started the embedded
 * server; handlers read it at each call, and no call comes before the host is ready.
 */
export function createAppContext(options: CreateAppContextOptions): AppContext {
  const env = options.env ?? process.env;
  const policy = options.policy ?? createMachinePolicy(env);
  const server = options.server ?? (policy.resolve().values.serverUrl || undefined);
  const idServer = { url: server ?? '', embedded: server === undefined };
  if (options.server === undefined) followPolicyServer(policy, idServer);
  return {
    version: options.version,
    hostKind: options.hostKind,
    dataDir: options.dataDir ?? defaultDataDir(env),
    keychain: createKeychain(env),
    idServer,
    saveFile: options.hostKind === 'browser' ? downloadInPage : options.saveFile,
    passkeyCeremony: options.hostKind === 'browser' ? 'page' : 'window',
    emit: options.emit ?? emitNowhere,
    desktop: options.hostKind === 'electron' ? options.desktop : undefined,
    policy,
  };
}

/**
 * Machine policy's `serverUrl` set or changed while running applies at once (the session
 * service then ends the old server's session: `IdServerSession.followServer`). A
 * `--server` on the command line is not followed. Removing the setting keeps the server
 * in use until the next start, which starts the embedded one.
 */
function followPolicyServer(policy: MachinePolicy, idServer: IdServerTarget): void {
  policy.onChange(() => {
    const next = policy.resolve().values.serverUrl;
    if (next === '' || next === idServer.url) return;
    idServer.url = next;
    idServer.embedded = false;
  });
}

/** The OS keychain under DeskID's service name (its own module, so the CLI loads no policy with it). */
export { createKeychain };
