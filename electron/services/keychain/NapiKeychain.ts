import { randomId } from '../ids/randomId';
import { DeskIdError } from '../../contract/DeskIdError';
import type { Keychain } from './Keychain';

/** Names the store `@napi-rs/keyring` talks to on this platform. */
export function keychainBackendName(platform: NodeJS.Platform = process.platform): string {
  switch (platform) {
    case 'win32':
      return 'Windows Credential Manager';
    case 'darwin':
      return 'macOS Keychain';
    default:
      return 'Secret Service';
  }
}

/**
 * `@napi-rs/keyring`'s entry class, loaded at the first keychain call: a command that never
 * reaches the keychain (`deskid help`, a mistyped line) does not load the native addon.
 */
async function entry(service: string, account: string) {
  const { AsyncEntry } = await import('@napi-rs/keyring');
  return new AsyncEntry(service, account);
}

/**
 * The OS keychain through `@napi-rs/keyring` (maintained; `keytar` is archived). Any
 * failure to reach the store becomes `keychain_unavailable`; there is no fallback.
 */
export class NapiKeychain implements Keychain {
  readonly backend: string;

  constructor(
    private readonly service: string,
    platform: NodeJS.Platform = process.platform,
  ) {
    this.backend = keychainBackendName(platform);
  }

  /** The secret, or null when there is none. An unreachable store is an error, never null. */
  async get(account: string): Promise<string | null> {
    const value = await this.guard(async () => (await entry(this.service, account)).getPassword());
    // @napi-rs/keyring 2.1 also reads null when the store cannot be reached: make sure.
    if (value === null) await this.assertReachable();
    return value;
  }

  async set(account: string, secret: string): Promise<void> {
    await this.guard(async () => (await entry(this.service, account)).setPassword(secret));
  }

  async delete(account: string): Promise<boolean> {
    // The library may answer a delete (true or false) without reaching the persistent
    // store, so check first that it is there. Deletes are rare: the probe costs little.
    await this.assertReachable();
    return this.guard(async () => (await entry(this.service, account)).deleteCredential());
  }

  /**
   * `@napi-rs/keyring` 2.1 reads null (and may answer a delete) even when the Secret
   * Service cannot be reached; only writes fail. So write and remove a throw-away item.
   */
  async assertReachable(): Promise<void> {
    const probe = `deskid-probe:${randomId()}`;
    await this.guard(async () => (await entry(this.service, probe)).setPassword('probe'));
    await this.guard(async () => (await entry(this.service, probe)).deleteCredential());
  }

  private async guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (cause) {
      throw keychainUnavailable(this.backend, cause);
    }
  }
}

/** The error a person sees when the OS keychain cannot be reached. */
export function keychainUnavailable(backend: string, cause?: unknown): DeskIdError {
  const hint =
    backend === 'Secret Service'
      ? 'Sign in to a desktop session with a keyring (for example GNOME Keyring or KWallet) and unlock it, then try again.'
      : `Make sure you are signed in to your own user account and that ${backend} is unlocked, then try again.`;
  const error = new DeskIdError(
    'keychain_unavailable',
    `DeskID cannot reach the ${backend}, where it keeps its encryption keys. ${hint} DeskID never stores keys without it.`,
  );
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
  return error;
}
