import { AsyncEntry } from '@napi-rs/keyring';
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

  async get(account: string): Promise<string | null> {
    const value = await this.guard(() => new AsyncEntry(this.service, account).getPassword());
    return value ?? null;
  }

  async set(account: string, secret: string): Promise<void> {
    await this.guard(() => new AsyncEntry(this.service, account).setPassword(secret));
  }

  async delete(account: string): Promise<boolean> {
    return this.guard(() => new AsyncEntry(this.service, account).deleteCredential());
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
