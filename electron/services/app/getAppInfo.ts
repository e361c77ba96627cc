import type { AppInfo, HostKind } from '../../contract/appInfo';
import { DeskIdError } from '../../contract/DeskIdError';
import type { Keychain } from '../keychain/Keychain';

export interface GetAppInfoOptions {
  version: string;
  hostKind: HostKind;
  dataDir: string;
  keychain: Keychain;
  platform?: NodeJS.Platform;
}

/** The `app.info` answer: version, platform, host, data folder and keychain reachability. */
export async function getAppInfo({
  version,
  hostKind,
  dataDir,
  keychain,
  platform = process.platform,
}: GetAppInfoOptions): Promise<AppInfo> {
  return {
    name: 'DeskID',
    version,
    platform: platform === 'win32' || platform === 'darwin' || platform === 'linux' ? platform : 'other',
    hostKind,
    dataDir,
    keychain: await probeKeychain(keychain),
  };
}

/** Writes and removes a throw-away item to learn whether the OS keychain answers. */
export async function probeKeychain(keychain: Keychain): Promise<AppInfo['keychain']> {
  try {
    await keychain.assertReachable();
    return { reachable: true, backend: keychain.backend };
  } catch (error) {
    return keychainUnreachable(keychain, error);
  }
}

/** What `app.info` and the people list say of a keychain that failed with `error`. */
export function keychainUnreachable(keychain: Keychain, error: unknown): AppInfo['keychain'] {
  const problem = error instanceof DeskIdError ? error.message : `DeskID cannot reach the ${keychain.backend}.`;
  return { reachable: false, backend: keychain.backend, problem };
}
