import { DeskIdError } from '../../contract/DeskIdError';
import { AccountBook } from '../accounts/AccountBook';
import type { AuditLog } from '../audit/AuditLog';
import type { Keychain } from '../keychain/Keychain';
import type { IdServerLink, Profile } from '../profiles/profileIndexSchema';
import type { ProfileStore } from '../profiles/ProfileStore';
import type { PinResetAuthority } from '../vault/PinResetAuthority';
import type { Vault } from '../vault/Vault';
import { linkedProfileOf } from './thisComputerAccount';

/** The profile open in this host: its vault (unlocked) and its authenticator accounts. */
export interface OpenProfile {
  profile: Profile;
  vault: Vault;
  book: AccountBook;
  /** The profile's audit log. */
  audit: AuditLog;
}

/** A profile as the picker lists it. */
export interface ProfileSummary {
  id: string;
  name: string;
  hasPin: boolean;
  unlocked: boolean;
}

/**
 * The local profiles of this desktop as one host process holds them: at most one is
 * open (unlocked) at a time, the person at the keyboard. Opening or creating another
 * locks the previous one. PIN rules and shared-desktop mode come from the services
 * (`ProfileStore`, `Vault`): a trivial PIN or a missing one in shared-desktop mode is
 * refused there, with the rule stated.
 */
export class UnlockedProfiles {
  private current: OpenProfile | undefined;

  constructor(
    /** The profiles' store (the PIN reset reads links and vaults through it). */
    readonly store: ProfileStore,
    private readonly keychain: Keychain,
  ) {}

  /** The open profile, or undefined. */
  get open(): OpenProfile | undefined {
    return this.current;
  }

  /** True when every profile needs a PIN (shared-desktop mode). */
  pinRequired(): Promise<boolean> {
    return this.store.pinRequired();
  }

  /** Every profile with whether it has a PIN and is open here. */
  /**
   * The profile linked to `username` at `serverUrl` when it is not the open one (it is
   * then locked), read from the profile list, which needs no key.
   */
  async lockedLinkedTo(serverUrl: string, username: string | undefined): Promise<Profile | undefined> {
    const linked = linkedProfileOf(await this.store.list(), serverUrl, username);
    return linked === undefined || linked.id === this.current?.profile.id ? undefined : linked;
  }

  async list(): Promise<ProfileSummary[]> {
    const profiles = await this.store.list();
    return Promise.all(
      profiles.map(async (profile) => {
        const { hasPin } = await this.store.health(profile.id);
        return this.summaryOf(profile, hasPin);
      }),
    );
  }

  /** Adds a profile (with its PIN, when given or required) and opens it. */
  async create(name: string, pin: string | undefined): Promise<ProfileSummary> {
    await this.keychain.assertReachable();
    const { profile, vault } = await this.store.add({ displayName: name, ...(pin === undefined ? {} : { pin }) });
    this.replace(this.openedAs(profile, vault));
    return this.summaryOf(profile, vault.info().hasPin);
  }

  /** Opens a profile with its PIN (none for a profile without one, outside shared-desktop mode). */
  async unlock(id: string, pin: string | undefined): Promise<ProfileSummary> {
    const profile = await this.store.get(id);
    if (this.current?.profile.id === id) return this.summaryOf(profile, this.current.vault.info().hasPin);
    const vault = await this.store.openVault(id);
    const { hasPin } = vault.info();
    await vault.unlock(hasPin && pin !== undefined ? { pin } : {});
    this.replace(this.openedAs(profile, vault));
    return this.summaryOf(profile, hasPin);
  }

  /**
   * The open profile, or `vault_locked` in words. When the OS keychain does not answer,
   * `keychain_unavailable` instead: no profile could be opened then.
   */
  async require(): Promise<OpenProfile> {
    if (this.current !== undefined) return this.current;
    await this.keychain.assertReachable();
    throw new DeskIdError(
      'vault_locked',
      'Open your DeskID profile first: choose your name and type your PIN. DeskID keeps the authenticator in your profile on this computer.',
    );
  }

  /** Links the open profile to the person's ID-server account (see `thisComputerAccount`). */
  async link(link: IdServerLink): Promise<void> {
    const open = await this.require();
    const profile = await this.store.linkIdServer(open.profile.id, link);
    if (this.current === open) this.current = { ...open, profile };
  }

  /**
   * Changes the open profile's PIN under the PIN rules (`invalid_pin`). The current PIN
   * is checked first on a second opening of the vault, with the unlock's throttle
   * (`wrong_pin`, `pin_throttled`), so a wrong one leaves the open profile as it was.
   * A profile without a PIN gets its first one (no current PIN to give). With
   * `resetAuthority`, a fresh PIN-reset share is deposited (the reset keeps working).
   */
  async changePin(currentPin: string | undefined, newPin: string, resetAuthority?: PinResetAuthority): Promise<void> {
    const open = await this.require();
    if (open.vault.info().hasPin) {
      if (currentPin === undefined) throw new DeskIdError('wrong_pin', 'Type your current PIN to change it.');
      const check = await this.store.openVault(open.profile.id);
      await check.unlock({ pin: currentPin });
      check.lock();
      // Read the vault afresh (the check may have written its PIN counter) before the change.
      open.vault.lock();
      await open.vault.unlock({ pin: currentPin });
    }
    await this.store.setPin(open.vault, newPin, resetAuthority);
  }

  /** Locks every profile open here. */
  lockAll(): void {
    this.current?.vault.lock();
    this.current = undefined;
  }

  private openedAs(profile: Profile, vault: Vault): OpenProfile {
    const audit = this.store.auditLog(profile.id);
    return { profile, vault, book: new AccountBook(vault, audit), audit };
  }

  private replace(next: OpenProfile): void {
    if (this.current !== undefined && this.current.vault !== next.vault) this.current.vault.lock();
    this.current = next;
  }

  private summaryOf(profile: Profile, hasPin: boolean): ProfileSummary {
    return { id: profile.id, name: profile.displayName, hasPin, unlocked: this.current?.profile.id === profile.id };
  }
}
