import { randomId } from '../ids/randomId';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DeskIdError } from '../../contract/DeskIdError';
import { AuditLog } from '../audit/AuditLog';
import type { Keychain } from '../keychain/Keychain';
import type { Argon2Params } from '../vault/deriveArgon2Key';
import type { PinResetAuthority } from '../vault/PinResetAuthority';
import type { PinStatus } from '../vault/PinState';
import { Vault } from '../vault/Vault';
import { writeFileAtomic } from '../vault/writeFileAtomic';
import { checkDisplayName, checkIdServerLink } from './checkProfileInput';
import type { IdServerLink, Profile, ProfileIndex } from './profileIndexSchema';
import { readProfileIndex } from './readProfileIndex';

/** Options of {@link ProfileStore}. */
export interface ProfileStoreOptions {
  /** DeskID's data directory (`defaultDataDir()` or `--data-dir`). */
  dataDir: string;
  keychain: Keychain;
  /**
   * Every profile must have a PIN (shared-desktop mode). A function is asked at each use:
   * the app wires the user setting in here (`createProfileStore`). Off when left out.
   */
  requirePin?: boolean | (() => Promise<boolean>);
  /** Argon2id cost for new PINs; DeskID's defaults otherwise. */
  kdf?: Argon2Params;
  /** Audit log size before rotation, bytes (default 1 MiB). */
  auditMaxBytes?: number;
  now?: () => number;
}

/** A vault's state as `doctor` and the profile picker show it. */
export interface ProfileHealth {
  vault: 'ok' | 'missing' | 'damaged';
  hasPin: boolean;
  /**
   * True when the profile has no PIN while shared-desktop mode is on: it does not open
   * until it gets one ({@link ProfileStore.setFirstPin}).
   */
  needsPin: boolean;
  pin: PinStatus | null;
  /** The usable backup to offer when the vault is damaged. */
  backup: string | null;
}

/**
 * The local profiles of one OS account: one per person on a shared desktop, each with its
 * own vault (and PIN) under `<dataDir>/profiles/<id>/`, listed in `<dataDir>/profiles.json`.
 *
 * @example
 * const store = new ProfileStore({ dataDir, keychain: new NapiKeychain(keychainServiceName()) });
 * const { profile, vault } = await store.add({ displayName: 'Dana', pin: '482913' });
 */
export class ProfileStore {
  private readonly indexFile: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: ProfileStoreOptions) {
    this.indexFile = path.join(options.dataDir, 'profiles.json');
  }

  /** True when every profile must have a PIN (shared-desktop mode). */
  async pinRequired(): Promise<boolean> {
    const { requirePin = false } = this.options;
    return typeof requirePin === 'function' ? requirePin() : requirePin;
  }

  /** Every profile, in creation order. */
  async list(): Promise<Profile[]> {
    return (await readProfileIndex(this.indexFile)).profiles;
  }

  /** The profile with this id, or `profile_not_found`. */
  async get(id: string): Promise<Profile> {
    const profile = (await this.list()).find((candidate) => candidate.id === id);
    if (profile === undefined) throw notFound(id);
    return profile;
  }

  /**
   * Finds a profile by id or display name (case-insensitive). With no name, the only
   * profile when there is exactly one. Otherwise `profile_not_found`.
   */
  async find(nameOrId?: string): Promise<Profile> {
    const profiles = await this.list();
    if (nameOrId === undefined) {
      const [only] = profiles;
      if (only !== undefined && profiles.length === 1) return only;
      throw new DeskIdError(
        'profile_not_found',
        profiles.length === 0
          ? 'There is no profile yet. Add one first.'
          : 'Several profiles exist: choose one by name.',
        { profiles: profiles.map((profile) => profile.displayName) },
      );
    }
    const wanted = nameOrId.normalize('NFC').trim().toLocaleLowerCase();
    const profile = profiles.find(
      (candidate) => candidate.id === nameOrId || candidate.displayName.toLocaleLowerCase() === wanted,
    );
    if (profile === undefined) throw notFound(nameOrId);
    return profile;
  }

  /**
   * Adds a profile with a new vault, returned unlocked. `profile_exists` when the name is
   * taken; `invalid_pin` when a PIN is required (shared-desktop mode) and none is given,
   * or the PIN breaks the PIN rules (at least 6 characters, not trivial).
   */
  async add({
    displayName,
    pin,
    idServer,
    resetAuthority,
  }: {
    displayName: string;
    pin?: string;
    idServer?: IdServerLink;
    resetAuthority?: PinResetAuthority;
  }): Promise<{ profile: Profile; vault: Vault }> {
    const name = checkDisplayName(displayName);
    const link = idServer === undefined ? null : checkIdServerLink(idServer);
    if (pin === undefined && (await this.pinRequired())) throw pinRequired();
    return this.serial(async () => {
      const index = await readProfileIndex(this.indexFile);
      assertNameFree(index, name, null);
      const id = randomId();
      const dir = this.profileDir(id);
      await mkdir(path.dirname(dir), { recursive: true, mode: 0o700 });
      // Not `recursive`: a folder already there (an id made twice) fails here, before the
      // clean-up below could erase another profile's vault and keychain item.
      await mkdir(dir, { mode: 0o700 });
      const audit = this.auditLog(id);
      const profile: Profile = { id, displayName: name, createdAt: this.isoNow(), idServer: link };
      let vault: Vault;
      try {
        vault = await Vault.create({
          dir,
          keychain: this.options.keychain,
          vaultId: id,
          audit,
          requirePin: () => this.pinRequired(),
          ...(pin === undefined ? {} : { pin }),
          ...(this.options.kdf === undefined ? {} : { kdf: this.options.kdf }),
          ...(resetAuthority === undefined ? {} : { resetAuthority }),
          ...(this.options.now === undefined ? {} : { now: this.options.now }),
        });
        await this.writeIndex({ ...index, profiles: [...index.profiles, profile] });
      } catch (error) {
        // Leave nothing half-made behind: no keychain item, no directory.
        await Vault.erase({ dir, keychain: this.options.keychain, vaultId: id }).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      await audit.append({ type: 'profile_created', outcome: 'ok' });
      return { profile, vault };
    });
  }

  /** Renames a profile (`profile_exists` when another profile has that name). */
  async rename(id: string, displayName: string): Promise<Profile> {
    const name = checkDisplayName(displayName);
    return this.update(id, (profile, index) => {
      assertNameFree(index, name, id);
      return { ...profile, displayName: name };
    });
  }

  /** Sets or clears (`null`) the link to the person's ID-server account. */
  async linkIdServer(id: string, link: IdServerLink | null): Promise<Profile> {
    const checked = link === null ? null : checkIdServerLink(link);
    return this.update(id, (profile) => ({ ...profile, idServer: checked }));
  }

  /**
   * Removes a profile: its keychain item, its vault files, its audit log and its entry
   * in the list. Safe to repeat after an interruption.
   */
  async remove(id: string): Promise<void> {
    await this.serial(async () => {
      const index = await readProfileIndex(this.indexFile);
      if (!index.profiles.some((profile) => profile.id === id)) throw notFound(id);
      const dir = this.profileDir(id);
      await Vault.erase({ dir, keychain: this.options.keychain, vaultId: id });
      await rm(dir, { recursive: true, force: true });
      await this.writeIndex({ ...index, profiles: index.profiles.filter((profile) => profile.id !== id) });
    });
  }

  /**
   * Opens the profile's vault, locked, with its audit log attached. In shared-desktop
   * mode its unlock refuses a vault without a PIN (`invalid_pin`, details
   * `pinRequired: true, hasPin: false`): {@link setFirstPin} gives it one.
   */
  async openVault(id: string): Promise<Vault> {
    await this.get(id);
    return Vault.open({
      dir: this.profileDir(id),
      keychain: this.options.keychain,
      audit: this.auditLog(id),
      requirePin: () => this.pinRequired(),
      ...(this.options.now === undefined ? {} : { now: this.options.now }),
    });
  }

  /**
   * Sets, changes or removes (`null`) the PIN of an unlocked vault of this store, under
   * the PIN rules; in shared-desktop mode, removing the PIN is refused with `invalid_pin`.
   */
  async setPin(vault: Vault, pin: string | null, resetAuthority?: PinResetAuthority): Promise<void> {
    if (pin === null && (await this.pinRequired())) throw pinRequired();
    await vault.setPin(pin, {
      ...(this.options.kdf === undefined ? {} : { kdf: this.options.kdf }),
      ...(resetAuthority === undefined ? {} : { resetAuthority }),
    });
  }

  /**
   * Gives a profile without a PIN its first PIN (see {@link Vault.setFirstPin}), also in
   * shared-desktop mode, where such a profile does not open otherwise. Whoever can use
   * this OS login could open it with the mode off, so this asks nothing more. The vault
   * stays unlocked.
   */
  async setFirstPin(vault: Vault, pin: string): Promise<void> {
    await vault.setFirstPin(pin, this.options.kdf === undefined ? {} : { kdf: this.options.kdf });
  }

  /**
   * After `pin_reset_required` (or a forgotten PIN): unlocks the profile's vault with the
   * keychain key plus the ID-server share from `authority`, and sets `newPin`.
   */
  async resetPin(vault: Vault, authority: PinResetAuthority, newPin: string): Promise<void> {
    await vault.resetPin({
      authority,
      newPin,
      ...(this.options.kdf === undefined ? {} : { kdf: this.options.kdf }),
    });
  }

  /** The vault's state without unlocking it (for `doctor` and the profile picker). */
  async health(id: string): Promise<ProfileHealth> {
    try {
      const vault = await this.openVault(id);
      const { hasPin } = vault.info();
      const needsPin = !hasPin && (await this.pinRequired());
      return { vault: 'ok', hasPin, needsPin, pin: await vault.pinStatus(), backup: null };
    } catch (error) {
      if (error instanceof DeskIdError && (error.code === 'vault_damaged' || error.code === 'vault_not_found')) {
        const backup = error.details?.backup;
        return {
          vault: error.code === 'vault_damaged' ? 'damaged' : 'missing',
          hasPin: false,
          needsPin: false,
          pin: null,
          backup: typeof backup === 'string' ? backup : null,
        };
      }
      throw error;
    }
  }

  /** The audit log of a profile. */
  auditLog(id: string): AuditLog {
    return new AuditLog({
      file: path.join(this.profileDir(id), 'audit.jsonl'),
      profileId: id,
      ...(this.options.auditMaxBytes === undefined ? {} : { maxBytes: this.options.auditMaxBytes }),
      ...(this.options.now === undefined ? {} : { now: () => new Date(this.now()) }),
    });
  }

  /** The directory of a profile's files. */
  profileDir(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw notFound(id);
    return path.join(this.options.dataDir, 'profiles', id);
  }

  private async update(id: string, change: (profile: Profile, index: ProfileIndex) => Profile): Promise<Profile> {
    return this.serial(async () => {
      const index = await readProfileIndex(this.indexFile);
      const current = index.profiles.find((profile) => profile.id === id);
      if (current === undefined) throw notFound(id);
      const next = change(current, index);
      await this.writeIndex({
        ...index,
        profiles: index.profiles.map((profile) => (profile.id === id ? next : profile)),
      });
      return next;
    });
  }

  private async writeIndex(index: ProfileIndex): Promise<void> {
    await mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.indexFile, `${JSON.stringify(index, null, 2)}\n`, { keepBackup: true });
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private isoNow(): string {
    return new Date(this.now()).toISOString();
  }
}

function notFound(nameOrId: string): DeskIdError {
  return new DeskIdError('profile_not_found', `There is no profile "${nameOrId}" on this computer.`);
}

function pinRequired(): DeskIdError {
  return new DeskIdError(
    'invalid_pin',
    'This computer is in shared-desktop mode: every profile needs a PIN, so that others on this login cannot open it.',
    { pinRequired: true },
  );
}

function assertNameFree(index: ProfileIndex, name: string, exceptId: string | null): void {
  const lower = name.toLocaleLowerCase();
  if (index.profiles.some((profile) => profile.id !== exceptId && profile.displayName.toLocaleLowerCase() === lower)) {
    throw new DeskIdError('profile_exists', `A profile named "${name}" already exists on this computer.`);
  }
}
