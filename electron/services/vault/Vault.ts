import { randomFillSync } from 'node:crypto';
import { randomId } from '../ids/randomId';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DeskIdError } from '../../contract/DeskIdError';
import type { Keychain } from '../keychain/Keychain';
import { checkPin } from './checkPin';
import { opensWithPin } from './opensWithPin';
import { defaultArgon2Params, type Argon2Params } from './deriveArgon2Key';
import type { JsonValue } from './entryCrypto';
import { createKeychainKey, keychainAccountFor } from './keychainItem';
import type { PinResetAuthority } from './PinResetAuthority';
import type { PinStatus } from './PinState';
import { checkVaultFile } from './readVaultFile';
import { readVaultBody } from './readVaultBody';
import { resetVaultPin, setVaultPin } from './rekeyVault';
import { removeStaleTemps } from './removeStaleTemps';
import { rewrapDataKey } from './rewrapDataKey';
import { serializeVaultFile } from './serializeVaultFile';
import { unlockVault } from './unlockVault';
import { VaultEntries, type VaultEntry, type VaultEntryMeta } from './VaultEntries';
import { keychainAccountOf, type StoredVaultBody, type VaultBody } from './vaultFileSchema';
import { vaultPaths } from './vaultPaths';
import { VaultSession, type AuditSink } from './VaultSession';
import { VaultWriter } from './VaultWriter';
import { writeFileAtomic } from './writeFileAtomic';

export type { AuditSink } from './VaultSession';
export type { VaultEntry, VaultEntryMeta } from './VaultEntries';

/** Options shared by {@link Vault.open} and {@link Vault.create}. */
export interface VaultOptions {
  /** The profile's directory: `vault.json` and `vault.json.bak` live here. */
  dir: string;
  /** The OS keychain (`NapiKeychain`): the vault's key and wrong-PIN counter live there. */
  keychain: Keychain;
  /** Receives unlock, wrong-PIN, PIN-change and lock events. */
  audit?: AuditSink;
  /** Clock in ms, for the PIN throttle. */
  now?: () => number;
  /**
   * Shared-desktop mode, asked at each unlock: when it answers true, a vault without a
   * PIN is not unlocked (`invalid_pin`, details `pinRequired: true, hasPin: false`);
   * {@link Vault.setFirstPin} is then the way forward. Off when left out.
   */
  requirePin?: () => Promise<boolean>;
}

/** Options of {@link Vault.create}. */
export interface CreateVaultOptions extends VaultOptions {
  /** Stable id of the vault (the profile id); random by default. */
  vaultId?: string;
  /** A PIN to set right away (see {@link Vault.setPin}). */
  pin?: string;
  /** Argon2id cost for the PIN key; DeskID's defaults otherwise. */
  kdf?: Argon2Params;
  /** Lets the PIN be reset by ID-server sign-in (see {@link PinResetAuthority}). */
  resetAuthority?: PinResetAuthority;
}

/** Facts about a vault that reveal no entry. */
export interface VaultInfo {
  vaultId: string;
  /** Increases by one on every write. */
  generation: number;
  entryCount: number;
  hasPin: boolean;
  /** True when a PIN reset through ID-server sign-in has been set up. */
  pinResettable: boolean;
  unlocked: boolean;
  createdAt: string;
  updatedAt: string;
  file: string;
}

/**
 * One profile's encrypted store of opaque JSON entries (see docs/vault-format.md).
 *
 * Entries are AES-256-GCM boxes under a random 256-bit data key, each bound to its id.
 * The data key is wrapped under a key derived from the OS keychain item and, with a PIN,
 * the Argon2id key of the PIN together. Every write replaces the file atomically and
 * keeps the previous generation as `vault.json.bak`. A damaged file is refused
 * (`vault_damaged`) and never written over. When locked, the vault holds no key.
 *
 * This class is the vault's lifecycle (create, open, erase, lock); its other jobs live
 * beside it: {@link unlockVault} (the PIN throttle and the version-1 migration),
 * {@link setVaultPin} / {@link resetVaultPin} (re-keying), {@link VaultEntries} and
 * {@link VaultWriter} (entries and the write queue).
 *
 * @example
 * const vault = await Vault.create({ dir, keychain, pin: '482913' });
 * await vault.put('acc-1', { issuer: 'Example', secret: '…' });
 * vault.lock();
 * await vault.unlock({ pin: '482913' });
 */
export class Vault {
  private readonly session: VaultSession;
  private readonly writer: VaultWriter;
  private readonly store: VaultEntries;
  private readonly requirePin: () => Promise<boolean>;

  private constructor(body: StoredVaultBody, options: VaultOptions) {
    this.requirePin = options.requirePin ?? (() => Promise.resolve(false));
    this.session = new VaultSession(
      body,
      vaultPaths(options.dir),
      options.keychain,
      options.audit,
      options.now ?? Date.now,
    );
    this.writer = new VaultWriter(this.session);
    this.store = new VaultEntries(this.session, this.writer);
  }

  /**
   * Opens an existing vault, locked. Throws `vault_not_found` when there is none,
   * `vault_damaged` (details: `file`, `reason`, `backup`) when the file fails its checks.
   * The wrong-PIN count of an old `pin-state.json` moves into the keychain item here
   * (`PinState.carryOverLegacyFile`); when that cannot happen now (keychain
   * unreachable, an attempt under way), the unlock does it, or reports why it cannot.
   */
  static async open(options: VaultOptions): Promise<Vault> {
    await removeStaleTemps(options.dir);
    const vault = new Vault(await readVaultBody(vaultPaths(options.dir)), options);
    await vault.session.pinState.carryOverLegacyFile().catch((error: unknown) => {
      if (!(error instanceof DeskIdError)) throw error;
    });
    return vault;
  }

  /**
   * Creates a new vault in `dir` (refuses to replace one) with a fresh data key and
   * keychain key, and returns it unlocked. A PIN must pass the PIN rules (`invalid_pin`).
   */
  static async create(options: CreateVaultOptions): Promise<Vault> {
    const paths = vaultPaths(options.dir);
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    if ((await checkVaultFile(paths.file)) !== 'missing') {
      throw new TypeError(`A vault already exists in "${options.dir}"`);
    }
    if (options.pin !== undefined) checkPin(options.pin);
    const vaultId = options.vaultId ?? randomId();
    const account = keychainAccountFor(vaultId);
    const dataKey = randomFillSync(Buffer.alloc(32));
    const keychainKey = await createKeychainKey(options.keychain, account);
    try {
      const at = new Date((options.now ?? Date.now)()).toISOString();
      const body: VaultBody = {
        vaultId,
        generation: 1,
        createdAt: at,
        updatedAt: at,
        // With a PIN, the very first generation is already PIN-wrapped.
        dataKey: await rewrapDataKey({
          vaultId,
          dataKey,
          keychainKey,
          keychainAccount: account,
          pin: options.pin ?? null,
          kdf: options.kdf ?? defaultArgon2Params,
          resetAuthority: options.resetAuthority,
          previousReset: null,
        }),
        entries: [],
      };
      await writeFileAtomic(paths.file, serializeVaultFile(body));
      const vault = new Vault(body, options);
      vault.session.takeKey(dataKey, body.dataKey.ciphertext);
      if (options.pin !== undefined) await vault.session.log({ type: 'pin_changed', outcome: 'ok' });
      return vault;
    } catch (error) {
      dataKey.fill(0);
      throw error;
    } finally {
      keychainKey.fill(0);
    }
  }

  /**
   * Erases a vault: its keychain item (key and PIN counter), then its files
   * (`vault.json`, `.bak`, an old `pin-state.json`, damaged copies moved aside).
   * Works on a damaged vault too. Returns whether a keychain item was removed.
   */
  static async erase({
    dir,
    keychain,
    vaultId,
  }: {
    dir: string;
    keychain: Keychain;
    vaultId: string;
  }): Promise<boolean> {
    const paths = vaultPaths(dir);
    const check = await checkVaultFile(paths.file).catch(() => 'missing' as const);
    const accounts = new Set([keychainAccountFor(vaultId)]);
    if (check !== 'missing' && check.ok) accounts.add(keychainAccountOf(check.body));
    // The keyring library may answer a delete without reaching the store: make sure it is
    // there first, so an unreachable keychain stops the erase before any file goes.
    await keychain.assertReachable();
    let removed = false;
    for (const account of accounts) removed = (await keychain.delete(account)) || removed;
    const asides = (await readdir(dir).catch(() => [] as string[]))
      .filter((name) => name.startsWith('vault.json.damaged-'))
      .map((name) => path.join(dir, name));
    const files = [paths.file, paths.backup, paths.pinState, `${paths.pinState}.lock`, ...asides];
    await Promise.all(files.map((file) => rm(file, { force: true })));
    await removeStaleTemps(dir);
    return removed;
  }

  /** Facts about the vault (no key needed). */
  info(): VaultInfo {
    const { body, paths } = this.session;
    return {
      vaultId: body.vaultId,
      generation: body.generation,
      entryCount: body.entries.length,
      hasPin: body.dataKey.pin !== null,
      pinResettable: body.dataKey.reset !== null,
      unlocked: this.unlocked,
      createdAt: body.createdAt,
      updatedAt: body.updatedAt,
      file: paths.file,
    };
  }

  /** True while the data key is in memory. */
  get unlocked(): boolean {
    return this.session.dataKey !== null;
  }

  /**
   * Wrong-PIN count, attempts left and the wait before the next try (`retryAfter`, s),
   * read from the keychain item. A vault without a PIN has a clean count.
   */
  async pinStatus(): Promise<PinStatus> {
    const { pinState, body } = this.session;
    return body.dataKey.pin === null
      ? pinState.statusOf({ failures: 0, lastFailureAt: null, nextAttemptAt: null })
      : pinState.status();
  }

  /**
   * Unlocks with the keychain item, plus the PIN when one is set: see {@link unlockVault}.
   * A vault without a PIN is refused while `requirePin` answers true (`invalid_pin`).
   */
  async unlock({ pin }: { pin?: string } = {}): Promise<void> {
    await unlockVault(this.session, this.writer, pin, this.requirePin);
  }

  /** Forgets the data key (zeroing it). Safe to call when already locked. */
  lock(): void {
    this.session.lock();
  }

  /**
   * Sets, changes (`pin` string) or removes (`null`) the PIN of an unlocked vault, with a
   * new data key (see {@link setVaultPin}). A new PIN must pass the PIN rules
   * (`invalid_pin`: digits only, at least 6, not trivial); the current PIN set again (to
   * deposit a fresh reset share) is not new, and is kept even if set before a rule came.
   */
  async setPin(
    pin: string | null,
    { kdf = defaultArgon2Params, resetAuthority }: { kdf?: Argon2Params; resetAuthority?: PinResetAuthority } = {},
  ): Promise<void> {
    if (pin !== null) await this.checkNewPin(pin);
    await setVaultPin(this.session, this.writer, pin, { kdf, resetAuthority });
  }

  /** {@link checkPin}, unless the refused PIN is this unlocked vault's current one. */
  private async checkNewPin(pin: string): Promise<void> {
    try {
      checkPin(pin);
    } catch (error) {
      if (this.session.dataKey === null || !(await opensWithPin(this.session, pin))) throw error;
    }
  }

  /**
   * Gives a vault without a PIN its first PIN, opening it with the keychain item alone:
   * the one thing shared-desktop mode (`requirePin`) still allows such a vault, since it
   * ends that state. The vault stays unlocked. `pin` must pass the PIN rules; a vault
   * that has a PIN already is `vault_locked` (change it with {@link setPin} after an
   * unlock with the current one).
   */
  async setFirstPin(
    pin: string,
    { kdf = defaultArgon2Params, resetAuthority }: { kdf?: Argon2Params; resetAuthority?: PinResetAuthority } = {},
  ): Promise<void> {
    checkPin(pin);
    await unlockVault(this.session, this.writer, undefined, () => Promise.resolve(false));
    await setVaultPin(this.session, this.writer, pin, { kdf, resetAuthority });
  }

  /**
   * After `pin_reset_required` (or a forgotten PIN): unlocks with the keychain key plus
   * the share `authority` returns after ID-server sign-in and sets `newPin` (see
   * {@link resetVaultPin}).
   */
  async resetPin({
    authority,
    newPin,
    kdf,
  }: {
    authority: PinResetAuthority;
    newPin: string;
    kdf?: Argon2Params;
  }): Promise<void> {
    checkPin(newPin);
    await resetVaultPin(this.session, this.writer, { authority, newPin, ...(kdf === undefined ? {} : { kdf }) });
  }

  /** Metadata of every entry, in stored order. Needs an unlocked vault. */
  list(): Promise<VaultEntryMeta[]> {
    return this.store.list();
  }

  /** Whether an entry with this id exists. Needs an unlocked vault. */
  has(id: string): Promise<boolean> {
    return this.store.has(id);
  }

  /** The decrypted value of entry `id`, or `undefined` when there is none. */
  get(id: string): Promise<JsonValue | undefined> {
    return this.store.get(id);
  }

  /** Every entry, decrypted, in stored order. */
  entries(): Promise<VaultEntry[]> {
    return this.store.entries();
  }

  /**
   * Adds or replaces entry `id` (ids: 1-200 of `A-Z a-z 0-9 _ . : -`, stored in clear, so
   * never a label or secret; use a random id). Resolves once the write is durable.
   */
  async put(id: string, value: JsonValue): Promise<void> {
    await this.store.putMany([{ id, value }]);
  }

  /** Adds or replaces several entries in one atomic write. */
  putMany(items: readonly { id: string; value: JsonValue }[]): Promise<void> {
    return this.store.putMany(items);
  }

  /** Replaces all entries with `items` in one atomic write (restore with "replace"). */
  replaceAll(items: readonly { id: string; value: JsonValue }[]): Promise<void> {
    return this.store.replaceAll(items);
  }

  /** Removes entry `id`; resolves `false` when there was none. */
  delete(id: string): Promise<boolean> {
    return this.store.delete(id);
  }
}
