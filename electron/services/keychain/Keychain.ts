/**
 * The OS keychain, seen as a small secret store keyed by account name within one
 * service. Implementations: `NapiKeychain` (Windows Credential Manager, macOS Keychain,
 * Secret Service). Everything else in DeskID reaches the keychain only through this.
 */
export interface Keychain {
  /** Human name of the OS store, for diagnostics ("Secret Service"). */
  readonly backend: string;
  get(account: string): Promise<string | null>;
  set(account: string, secret: string): Promise<void>;
  /** Returns whether an item was removed. */
  delete(account: string): Promise<boolean>;
  /**
   * Resolves when the store can be reached, else throws `keychain_unavailable`. Reads and
   * deletes already check; use it before work that must not start without a keychain.
   */
  assertReachable(): Promise<void>;
}

/** The keychain service name: `DeskID`, or `DESKID_KEYCHAIN_SERVICE` (tests use their own). */
export function keychainServiceName(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.DESKID_KEYCHAIN_SERVICE?.trim();
  return fromEnv !== undefined && fromEnv !== '' ? fromEnv : 'DeskID';
}
