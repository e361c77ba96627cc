import { randomFillSync, randomUUID } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DeskIdError } from '../../contract/DeskIdError';
import type { AuditEvent } from '../audit/AuditEvent';
import type { Keychain } from '../keychain/Keychain';
import { defaultArgon2Params, deriveArgon2Key, type Argon2Params } from './deriveArgon2Key';
import { unwrapDataKey, unwrapForReset } from './dataKeyWrap';
import { openEntry, sealEntry, type JsonValue } from './entryCrypto';
import { isEntryId } from './entryId';
import { createKeychainKey, keychainAccountFor, readKeychainKey } from './keychainKey';
import { PinState, pinResetRequired, type PinStatus } from './PinState';
import type { PinResetAuthority } from './PinResetAuthority';
import { checkVaultFile } from './readVaultFile';
import { removeStaleTemps } from './removeStaleTemps';
import { serializeVaultFile } from './serializeVaultFile';
import { vaultDamaged } from './vaultDamaged';
import type { VaultBody, VaultEntryRecord } from './vaultFileSchema';
import { vaultPaths, type VaultPaths } from './vaultPaths';
import { writeFileAtomic } from './writeFileAtomic';
import { checkPin } from './checkPin';
import { rewrapDataKey } from './rewrapDataKey';
import { withPinAttemptLock } from './withPinAttemptLock';

/** Where audit events of a vault go (an `AuditLog`, or anything with `append`). */
export interface AuditSink {
  append(event: AuditEvent): Promise<void>;
}

/** Options shared by {@link Vault.open} and {@link Vault.create}. */
export interface VaultOptions {
  /** The profile's directory: `vault.json`, `vault.json.bak` and `pin-state.json` live here. */
  dir: string;
  /** The OS keychain (`NapiKeychain`); the vault never stores keys anywhere else. */
  keychain: Keychain;
  /** Receives unlock, wrong-PIN, PIN-change and lock events. */
  audit?: AuditSink;
  /** Clock in ms, for the PIN throttle. */
  now?: () => number;
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

/** An entry's clear metadata, readable without decrypting its value. */
export interface VaultEntryMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** A decrypted entry. */
export interface VaultEntry extends VaultEntryMeta {
  value: JsonValue;
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
 * The data key is wrapped by a key in the OS keychain and, with a PIN, again by an
 * Argon2id key from the PIN. Every write replaces the file atomically and keeps the
 * previous generation as `vault.json.bak`. A damaged file is refused (`vault_damaged`)
 * and never written over. When locked, the vault holds no key: its key buffer is zeroed.
 *
 * @example
 * const vault = await Vault.create({ dir, keychain, pin: '4829' });
 * await vault.put('acc-1', { issuer: 'Example', secret: '…' });
 * vault.lock();
 * await vault.unlock({ pin: '4829' });
 */
export class Vault {
  private body: VaultBody;
  private dataKey: Buffer | null = null;
  /** `body.dataKey.ciphertext` that goes with {@link dataKey}: it changes when the key does. */
  private keyWrapping: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly paths: VaultPaths;
  private readonly keychain: Keychain;
  private readonly audit: AuditSink | undefined;
  private readonly now: () => number;
  private readonly pinState: PinState;

  private constructor(body: VaultBody, options: VaultOptions) {
    this.body = body;
    this.paths = vaultPaths(options.dir);
    this.keychain = options.keychain;
    this.audit = options.audit;
    this.now = options.now ?? Date.now;
    this.pinState = new PinState(this.paths.pinState, this.now);
  }

  /**
   * Opens an existing vault, locked. Throws `vault_not_found` when there is none,
   * `vault_damaged` (details: `file`, `reason`, `backup`) when the file fails its checks.
   */
  static async open(options: VaultOptions): Promise<Vault> {
    await removeStaleTemps(options.dir);
    const body = await readBody(vaultPaths(options.dir));
    return new Vault(body, options);
  }

  /**
   * Creates a new vault in `dir` (refuses to replace one) with a fresh data key and
   * keychain key, and returns it unlocked.
   */
  static async create(options: CreateVaultOptions): Promise<Vault> {
    const paths = vaultPaths(options.dir);
    await mkdir(options.dir, { recursive: true, mode: 0o700 });
    if ((await checkVaultFile(paths.file)) !== 'missing') {
      throw new TypeError(`A vault already exists in "${options.dir}"`);
    }
    if (options.pin !== undefined) checkPin(options.pin);
    const vaultId = options.vaultId ?? randomUUID();
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
      vault.dataKey = dataKey;
      vault.keyWrapping = body.dataKey.ciphertext;
      if (options.pin !== undefined) await vault.log({ type: 'pin_changed', outcome: 'ok' });
      return vault;
    } catch (error) {
      dataKey.fill(0);
      throw error;
    } finally {
      keychainKey.fill(0);
    }
  }

  /**
   * Erases a vault: its keychain item, then its files (`vault.json`, `.bak`, PIN state,
   * damaged copies moved aside).
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
    if (check !== 'missing' && check.ok) accounts.add(check.body.dataKey.keychain.account);
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
    return {
      vaultId: this.body.vaultId,
      generation: this.body.generation,
      entryCount: this.body.entries.length,
      hasPin: this.body.dataKey.pin !== null,
      pinResettable: this.body.dataKey.reset !== null,
      unlocked: this.dataKey !== null,
      createdAt: this.body.createdAt,
      updatedAt: this.body.updatedAt,
      file: this.paths.file,
    };
  }

  /** True while the data key is in memory. */
  get unlocked(): boolean {
    return this.dataKey !== null;
  }

  /** Wrong-PIN count, attempts left and the wait before the next try (`retryAfter`, s). */
  pinStatus(): Promise<PinStatus> {
    return this.pinState.status();
  }

  /**
   * Unlocks with the keychain key, plus the PIN when one is set. Errors: `vault_locked`
   * (a PIN is needed but none given), `wrong_pin` (details: `failures`, `attemptsLeft`,
   * `retryAfter`), `pin_throttled` (wait `retryAfter` seconds), `pin_reset_required`
   * (after 10 wrong PINs: use {@link resetPin}), `keychain_unavailable`, `vault_damaged`.
   */
  async unlock({ pin }: { pin?: string } = {}): Promise<void> {
    if (this.dataKey !== null) return;
    await this.reload();
    const record = this.body.dataKey;
    if (record.pin === null) {
      const keychainKey = await readKeychainKey(this.keychain, record.keychain.account);
      this.adopt(unwrapDataKey(record, this.body.vaultId, keychainKey, null), keychainKey, record);
      await this.log({ type: 'unlock', outcome: 'ok', method: 'keychain' });
      return;
    }
    if (pin === undefined) {
      throw new DeskIdError('vault_locked', 'Enter the PIN of this profile to unlock it.', { pinRequired: true });
    }
    const kdf = record.pin.kdf;
    const unlockedHere = await withPinAttemptLock(`${this.paths.pinState}.lock`, async () => {
      if (this.dataKey !== null) return false; // another call of this vault won the race
      await this.pinState.assertMayTry();
      // Count the attempt before checking it: a crash or kill mid-check still counts.
      const failed = await this.pinState.recordFailure();
      const [keychainKey, pinKey] = await Promise.allSettled([
        readKeychainKey(this.keychain, record.keychain.account),
        deriveArgon2Key(pin, Buffer.from(kdf.salt, 'base64'), kdf),
      ]);
      if (keychainKey.status === 'rejected' || pinKey.status === 'rejected') {
        if (keychainKey.status === 'fulfilled') keychainKey.value.fill(0);
        if (pinKey.status === 'fulfilled') pinKey.value.fill(0);
        await this.pinState.forgetLastAttempt();
        throw keychainKey.status === 'rejected' ? keychainKey.reason : (pinKey as PromiseRejectedResult).reason;
      }
      const result = unwrapDataKey(record, this.body.vaultId, keychainKey.value, pinKey.value);
      pinKey.value.fill(0);
      if (result === 'pin') {
        keychainKey.value.fill(0);
        await this.log({ type: 'pin_failed', outcome: 'failed', failures: failed.failures });
        if (failed.resetRequired) throw pinResetRequired(failed);
        throw new DeskIdError(
          'wrong_pin',
          failed.retryAfter > 0
            ? `Wrong PIN. You can try again in ${failed.retryAfter} seconds.`
            : `Wrong PIN. ${failed.attemptsLeft} attempts left.`,
          { ...failed },
        );
      }
      this.adopt(result, keychainKey.value, record);
      await this.pinState.clear();
      return true;
    });
    if (unlockedHere) await this.log({ type: 'unlock', outcome: 'ok', method: 'pin' });
  }

  /** Forgets the data key (zeroing it). Safe to call when already locked. */
  lock(): void {
    if (this.dataKey === null) return;
    this.dataKey.fill(0);
    this.dataKey = null;
    void this.log({ type: 'lock', outcome: 'ok' }).catch(() => undefined);
  }

  /**
   * Sets, changes (`pin` string) or removes (`null`) the PIN of an unlocked vault, and
   * clears the wrong-PIN count. Draws a new data key and re-encrypts every entry under it
   * in the same write, so no earlier copy of the file opens what is written from now on;
   * `vault.json.damaged-*` copies (old key) are deleted. With `resetAuthority`, a fresh
   * reset share is deposited so that ID-server sign-in can reset a forgotten PIN; without
   * one, a reset set up before is dropped (it wraps the old key). Throws `invalid_pin` for
   * a PIN under 4 characters.
   */
  async setPin(
    pin: string | null,
    { kdf = defaultArgon2Params, resetAuthority }: { kdf?: Argon2Params; resetAuthority?: PinResetAuthority } = {},
  ): Promise<void> {
    if (pin !== null) checkPin(pin);
    await this.mutate(async (body, dataKey) => {
      const keychainKey = await readKeychainKey(this.keychain, body.dataKey.keychain.account);
      const newDataKey = randomFillSync(Buffer.alloc(32));
      try {
        body.entries = body.entries.map((record) => ({
          ...record,
          ...sealEntry(newDataKey, body.vaultId, record.id, this.decrypt(dataKey, record)),
        }));
        body.dataKey = await rewrapDataKey({
          vaultId: body.vaultId,
          dataKey: newDataKey,
          keychainKey,
          keychainAccount: body.dataKey.keychain.account,
          pin,
          kdf,
          resetAuthority,
          previousReset: null,
        });
        return { newDataKey };
      } catch (error) {
        newDataKey.fill(0);
        throw error;
      } finally {
        keychainKey.fill(0);
      }
    });
    await removeDamagedCopies(this.paths.file);
    await this.pinState.clear();
    await this.log({ type: 'pin_changed', outcome: 'ok' });
  }

  /**
   * The way back after `pin_reset_required` (or a forgotten PIN): unlocks with the
   * keychain key plus the share `authority` returns after ID-server sign-in, sets
   * `newPin` and clears the wrong-PIN count. Throws `pin_reset_required` when no reset
   * was set up for this vault or the share does not fit.
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
    await this.reload();
    const { reset, keychain } = this.body.dataKey;
    if (reset === null) {
      throw new DeskIdError(
        'pin_reset_required',
        'This profile has no PIN reset through ID-server sign-in. Its PIN is needed to unlock it.',
        { pinResettable: false },
      );
    }
    const share = await authority.withdraw();
    const keychainKey = await readKeychainKey(this.keychain, keychain.account);
    const dataKey = unwrapForReset(reset, keychainKey, share, this.body.vaultId);
    keychainKey.fill(0);
    if (dataKey === null) {
      throw new DeskIdError(
        'pin_reset_required',
        'The ID-server sign-in did not match this profile. Its PIN was not reset.',
        {
          pinResettable: true,
        },
      );
    }
    this.dataKey?.fill(0);
    this.dataKey = dataKey;
    this.keyWrapping = this.body.dataKey.ciphertext;
    // A fresh share for the new data key, so the reset keeps working after this one.
    await this.setPin(newPin, { ...(kdf === undefined ? {} : { kdf }), resetAuthority: authority });
    await this.log({ type: 'pin_reset', outcome: 'ok', method: 'reset' });
  }

  /** Metadata of every entry, in stored order. Needs an unlocked vault. */
  list(): Promise<VaultEntryMeta[]> {
    return this.withKey(() => this.body.entries.map(({ id, createdAt, updatedAt }) => ({ id, createdAt, updatedAt })));
  }

  /** Whether an entry with this id exists. Needs an unlocked vault. */
  has(id: string): Promise<boolean> {
    return this.withKey(() => this.body.entries.some((entry) => entry.id === id));
  }

  /** The decrypted value of entry `id`, or `undefined` when there is none. */
  get(id: string): Promise<JsonValue | undefined> {
    return this.withKey((dataKey) => {
      const record = this.body.entries.find((entry) => entry.id === id);
      return record === undefined ? undefined : this.decrypt(dataKey, record);
    });
  }

  /** Every entry, decrypted, in stored order. */
  entries(): Promise<VaultEntry[]> {
    return this.withKey((dataKey) =>
      this.body.entries.map((record) => ({
        id: record.id,
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
        value: this.decrypt(dataKey, record),
      })),
    );
  }

  /**
   * Adds or replaces entry `id` (ids: 1-200 of `A-Z a-z 0-9 _ . : -`, stored in clear, so
   * never a label or secret; use a random id). Resolves once the write is durable.
   */
  async put(id: string, value: JsonValue): Promise<void> {
    await this.putMany([{ id, value }]);
  }

  /** Adds or replaces several entries in one atomic write. */
  async putMany(items: readonly { id: string; value: JsonValue }[]): Promise<void> {
    for (const { id } of items) checkEntryId(id);
    if (items.length === 0) return;
    await this.mutate((body, dataKey) => {
      const at = new Date(this.now()).toISOString();
      for (const { id, value } of items) {
        const sealed = sealEntry(dataKey, body.vaultId, id, value);
        const index = body.entries.findIndex((entry) => entry.id === id);
        const existing = body.entries[index];
        if (existing === undefined) body.entries.push({ id, createdAt: at, updatedAt: at, ...sealed });
        else body.entries[index] = { id, createdAt: existing.createdAt, updatedAt: at, ...sealed };
      }
    });
  }

  /** Replaces all entries with `items` in one atomic write (restore with "replace"). */
  async replaceAll(items: readonly { id: string; value: JsonValue }[]): Promise<void> {
    for (const { id } of items) checkEntryId(id);
    await this.mutate((body, dataKey) => {
      const at = new Date(this.now()).toISOString();
      const previous = new Map(body.entries.map((entry) => [entry.id, entry]));
      body.entries = items.map(({ id, value }) => ({
        id,
        createdAt: previous.get(id)?.createdAt ?? at,
        updatedAt: at,
        ...sealEntry(dataKey, body.vaultId, id, value),
      }));
    });
  }

  /** Removes entry `id`; resolves `false` when there was none. */
  async delete(id: string): Promise<boolean> {
    let removed = false;
    await this.mutate((body) => {
      const before = body.entries.length;
      body.entries = body.entries.filter((entry) => entry.id !== id);
      removed = body.entries.length !== before;
      return removed;
    });
    return removed;
  }

  /** Runs a read with the data key; a locked vault or a bad entry rejects (never throws). */
  private withKey<T>(read: (dataKey: Buffer) => T): Promise<T> {
    return new Promise((resolve) => {
      resolve(read(this.requireKey()));
    });
  }

  /**
   * Throws `vault_locked` unless the vault still holds the key buffer `held`: a lock (or
   * a new key) since a queued write began makes that write fail instead of saving.
   */
  private assertStillHeld(held: Buffer): void {
    if (this.dataKey !== held) {
      throw new DeskIdError(
        'vault_locked',
        'This profile was locked before the change was saved. Unlock it and try again.',
      );
    }
  }

  private requireKey(): Buffer {
    if (this.dataKey === null) throw new DeskIdError('vault_locked', 'This profile is locked. Unlock it first.');
    return this.dataKey;
  }

  private decrypt(dataKey: Buffer, record: VaultEntryRecord): JsonValue {
    const value = openEntry(dataKey, this.body.vaultId, record.id, record);
    if (value === undefined) throw vaultDamaged(this.paths.file, `entry ${record.id} fails authentication`, null);
    return value;
  }

  private adopt(result: Buffer | 'pin' | 'keychain', keychainKey: Buffer, record: VaultBody['dataKey']): void {
    keychainKey.fill(0);
    if (typeof result === 'string') {
      throw vaultDamaged(this.paths.file, 'the keychain key does not open the data key', null);
    }
    if (this.dataKey !== null) {
      result.fill(0); // a parallel unlock won: keep its buffer, so queued writes stay valid
      return;
    }
    this.dataKey = result;
    this.keyWrapping = record.ciphertext;
  }

  /** Re-reads the file so another DeskID process's writes are not lost or overwritten. */
  private async reload(): Promise<void> {
    const body = await readBody(this.paths);
    if (body.vaultId !== this.body.vaultId)
      throw vaultDamaged(this.paths.file, 'a different vault is now in its place', null);
    this.body = body;
  }

  /**
   * Serialises writes: reload, change a copy, write atomically (with .bak), then adopt.
   * The change works with a private copy of the data key, zeroed afterwards; a lock
   * while the write waits or works makes it fail with `vault_locked` before anything is
   * written. A change that returns `false` made no change and is not written. A change
   * that returns a new data key (PIN set, changed or removed) is a re-key: the `.bak` gets
   * the new generation too, so no file keeps the old key, and the vault adopts the new
   * one. When another DeskID process re-keyed the file meanwhile, this vault locks itself
   * and the write fails with `vault_locked`: entries are never sealed under an old key.
   */
  private mutate(change: (body: VaultBody, dataKey: Buffer) => unknown): Promise<void> {
    const run = this.queue.then(async () => {
      const held = this.requireKey();
      // A private copy: lock() zeroes `held`, never the key this write seals with.
      const dataKey = Buffer.alloc(held.length);
      held.copy(dataKey);
      let newDataKey: Buffer | null = null;
      try {
        await this.reload();
        this.assertStillHeld(held);
        if (this.body.dataKey.ciphertext !== this.keyWrapping) {
          this.lock();
          throw new DeskIdError(
            'vault_locked',
            'The PIN of this profile was changed in another DeskID window. Unlock it again.',
            { pinRequired: this.body.dataKey.pin !== null },
          );
        }
        const body = structuredClone(this.body);
        const outcome: unknown = await change(body, dataKey);
        if (outcome === false) return;
        if (isRekeyed(outcome)) newDataKey = outcome.newDataKey;
        this.assertStillHeld(held);
        body.generation += 1;
        body.updatedAt = new Date(this.now()).toISOString();
        const text = serializeVaultFile(body);
        await writeFileAtomic(this.paths.file, text, { keepBackup: newDataKey === null });
        if (newDataKey !== null) await writeFileAtomic(this.paths.backup, text);
        this.body = body;
        if (newDataKey !== null && this.dataKey === held) {
          held.fill(0);
          this.dataKey = newDataKey;
          this.keyWrapping = body.dataKey.ciphertext;
          newDataKey = null;
        }
      } finally {
        dataKey.fill(0);
        newDataKey?.fill(0);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async log(event: AuditEvent): Promise<void> {
    await this.audit?.append(event);
  }
}

/** What a change in {@link Vault.mutate} returns when it re-keyed the vault. */
interface Rekeyed {
  newDataKey: Buffer;
}

function isRekeyed(outcome: unknown): outcome is Rekeyed {
  return typeof outcome === 'object' && outcome !== null && Buffer.isBuffer((outcome as Partial<Rekeyed>).newDataKey);
}

/**
 * Deletes `vault.json.damaged-*` copies after a re-key: they hold entries under the old
 * data key (often under the keychain key alone). The vault that was just written is the
 * way back, so they are no longer needed (see docs/vault-format.md).
 */
async function removeDamagedCopies(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.damaged-`;
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => name.startsWith(prefix)).map((name) => rm(path.join(dir, name), { force: true })),
  );
}

async function readBody(paths: VaultPaths): Promise<VaultBody> {
  const check = await checkVaultFile(paths.file);
  if (check === 'missing') {
    const backup = await checkVaultFile(paths.backup).catch(() => 'missing' as const);
    throw new DeskIdError('vault_not_found', 'This profile has no vault yet.', {
      file: paths.file,
      backup: backup !== 'missing' && backup.ok ? paths.backup : null,
    });
  }
  if (check.ok) return check.body;
  const backup = await checkVaultFile(paths.backup).catch(() => 'missing' as const);
  throw vaultDamaged(paths.file, check.reason, backup !== 'missing' && backup.ok ? paths.backup : null);
}

function checkEntryId(id: string): void {
  if (!isEntryId(id)) {
    throw new TypeError('Vault entry ids are 1-200 characters of A-Z a-z 0-9 _ . : - (use an opaque random id)');
  }
}
