import { DeskIdError } from '../../contract/DeskIdError';
import type { AuditEvent } from '../audit/AuditEvent';
import type { Keychain } from '../keychain/Keychain';
import { openEntry, type JsonValue } from './entryCrypto';
import { PinState } from './PinState';
import { readVaultBody } from './readVaultBody';
import { vaultDamaged } from './vaultDamaged';
import { keychainAccountOf, type StoredVaultBody, type VaultEntryRecord } from './vaultFileSchema';
import type { VaultPaths } from './vaultPaths';

/** Where audit events of a vault go (an `AuditLog`, or anything with `append`). */
export interface AuditSink {
  append(event: AuditEvent): Promise<void>;
}

/**
 * The state one open vault shares between its jobs (unlock, re-key, entry storage): the
 * body as last read or written, and the data key while unlocked, with the wrapping it
 * came from. Only {@link takeKey} and {@link forgetKey} change the key.
 */
export class VaultSession {
  /** The data key while unlocked; zeroed and null when locked. */
  private key: Buffer | null = null;
  /** `body.dataKey.ciphertext` that goes with the key: it changes when the key does. */
  keyWrapping: string | null = null;
  readonly pinState: PinState;

  constructor(
    public body: StoredVaultBody,
    readonly paths: VaultPaths,
    readonly keychain: Keychain,
    private readonly audit: AuditSink | undefined,
    readonly now: () => number,
  ) {
    this.pinState = new PinState(keychain, keychainAccountOf(body), paths.pinState, now);
  }

  /** The data key buffer, or null when locked. */
  get dataKey(): Buffer | null {
    return this.key;
  }

  /** The data key, or `vault_locked`. */
  requireKey(): Buffer {
    if (this.key === null) throw new DeskIdError('vault_locked', 'This profile is locked. Unlock it first.');
    return this.key;
  }

  /**
   * Holds `dataKey` (wrapped as `wrapping`). When a parallel unlock already holds one,
   * `dataKey` is zeroed instead, so queued writes keep the buffer they started with.
   */
  takeKey(dataKey: Buffer, wrapping: string): void {
    if (this.key !== null && this.key !== dataKey) {
      dataKey.fill(0);
      return;
    }
    this.key = dataKey;
    this.keyWrapping = wrapping;
  }

  /**
   * After a re-key: swaps `held` for `newKey` (zeroing `held`) when the vault still holds
   * `held`. Answers false, taking nothing, when it was locked or re-keyed meanwhile.
   */
  replaceKey(held: Buffer, newKey: Buffer, wrapping: string): boolean {
    if (this.key !== held) return false;
    held.fill(0);
    this.key = newKey;
    this.keyWrapping = wrapping;
    return true;
  }

  /** Zeroes and drops the data key; true when there was one. */
  forgetKey(): boolean {
    if (this.key === null) return false;
    this.key.fill(0);
    this.key = null;
    return true;
  }

  /** Forgets the data key (zeroing it) and logs the lock. Safe to call when locked. */
  lock(): void {
    if (this.forgetKey()) void this.log({ type: 'lock', outcome: 'ok' }).catch(() => undefined);
  }

  /** Re-reads the file so another DeskID process's writes are not lost or overwritten. */
  async reload(): Promise<void> {
    const body = await readVaultBody(this.paths);
    if (body.vaultId !== this.body.vaultId)
      throw vaultDamaged(this.paths.file, 'a different vault is now in its place', null);
    this.body = body;
  }

  /** Opens one entry's box; a box that fails is `vault_damaged`. */
  decrypt(dataKey: Buffer, record: VaultEntryRecord): JsonValue {
    const value = openEntry(dataKey, this.body.vaultId, record.id, record);
    if (value === undefined) throw vaultDamaged(this.paths.file, `entry ${record.id} fails authentication`, null);
    return value;
  }

  async log(event: AuditEvent): Promise<void> {
    await this.audit?.append(event);
  }
}
