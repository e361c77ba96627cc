import path from 'node:path';
import { DeskIdError } from '../../contract/DeskIdError';
import { nodeTimers, type IdleTimers } from '../app/handlers/IdleLock';
import { createIdServerClient, type IdServerClient } from '../idserver/IdServerClient';
import type { Profile } from '../profiles/profileIndexSchema';
import type { UnlockedProfiles } from '../session/UnlockedProfiles';
import { PinResetSignIn, type PinResetMethods, type PinResetProof } from './PinResetSignIn';
import { RecoveryCodePinReset } from './RecoveryCodePinReset';

/** What a person is told about resetting a profile's PIN, before any sign-in. */
export interface PinResetInfo {
  /** The ID-server account the profile is linked to, or null (then the PIN cannot be reset here). */
  account: { server: string; username: string } | null;
  /** The reset is set up: the vault has a reset wrap and its sealed share is on disk. */
  ready: boolean;
}

/** Options of {@link PinResetFlow}. */
export interface PinResetFlowOptions {
  profiles: UnlockedProfiles;
  /** How long a sign-in (password given, or proved) is kept; the protocol's transaction lives 10 minutes. */
  lifetimeMs?: number;
  now?: () => number;
  /** The timer that forgets the sign-in at its expiry; Node's (unref'd) unless a test moves it by hand. */
  timers?: IdleTimers;
  /** For tests: the client for a server address. */
  createClient?: (baseUrl: string) => IdServerClient;
}

interface Pending {
  profile: Profile;
  signIn: PinResetSignIn;
  expiresAt: number;
  /** Forgets it at `expiresAt`, even when no call comes. */
  expiry: unknown;
}

const pinResetFileName = 'pin-reset.json';

/**
 * A PIN reset (or its set-up) through the ID-server account a profile is linked to, as a
 * host runs it for its screens: at most one at a time, kept in host memory only.
 *
 * 1. {@link signIn} with the account's password, 2. {@link sendPhoneCode} when the person
 * chose a phone, 3. {@link prove} with the code, then either
 * 4. {@link finish} with a new PIN (the vault opens with the keychain key plus the share
 *    sealed under the recovery code, and the new PIN is set: entries kept), or
 * 4. {@link setUp} with the current PIN of the open profile (a fresh share is sealed under
 *    the recovery code, so that a forgotten PIN can be reset later).
 * Any lock, a new start, a cancel, a finish or the lifetime (a timer, whether or not a
 * call comes) forgets the sign-in and the code. A sign-in still in flight when it is
 * forgotten is discarded when its answer comes (`transaction_not_found`).
 */
export class PinResetFlow {
  private pending: Pending | undefined;
  /** Incremented by every {@link forget}: a sign-in started before one is discarded. */
  private generation = 0;

  constructor(private readonly options: PinResetFlowOptions) {}

  /** True while a sign-in for a reset is held (until it is finished, forgotten or expires). */
  get inProgress(): boolean {
    return this.pending !== undefined;
  }

  /** Whether the profile's PIN can be reset, and by signing in to which account. */
  async info(profileId: string): Promise<PinResetInfo> {
    const { store } = this.options.profiles;
    const profile = await store.get(profileId);
    if (profile.idServer === null) return { account: null, ready: false };
    const vault = await store.openVault(profileId);
    return {
      account: { server: profile.idServer.url, username: profile.idServer.username },
      ready: vault.info().pinResettable,
    };
  }

  /** The password step for the profile's linked account; answers how the sign-in can be finished. */
  async signIn(profileId: string, password: string): Promise<PinResetMethods> {
    this.forget();
    const generation = this.generation;
    const profile = await this.options.profiles.store.get(profileId);
    const link = profile.idServer;
    if (link === null) {
      throw new DeskIdError(
        'pin_reset_required',
        `"${profile.displayName}" is not linked to an ID-server account, so its PIN cannot be reset by signing in. IT can remove the profile, or see the DeskID user guide.`,
        { linked: false },
      );
    }
    const client = (this.options.createClient ?? ((baseUrl) => createIdServerClient({ baseUrl })))(link.url);
    const signIn = await PinResetSignIn.start({ client, username: link.username, password });
    if (generation !== this.generation) {
      // Forgotten while the server answered (a lock, a cancel, another start): keep nothing.
      signIn.forget();
      throw endedError();
    }
    const lifetimeMs = this.options.lifetimeMs ?? 10 * 60_000;
    const expiry = this.timers().set(() => this.forget(), lifetimeMs);
    this.pending = { profile, signIn, expiresAt: this.now() + lifetimeMs, expiry };
    return signIn.methods;
  }

  /** Sends a code to one of the account's phones. */
  sendPhoneCode(factorId: string, channel: 'sms' | 'voice'): Promise<{ expiresIn: number; resendAfter: number }> {
    return this.current().signIn.sendPhoneCode(factorId, channel);
  }

  /** Finishes the sign-in with the code (a wrong one may be tried again while the server allows). */
  async prove(proof: PinResetProof): Promise<void> {
    await this.current().signIn.prove(proof);
  }

  /**
   * Resets the PIN of the profile signed in for, to `newPin` (the PIN rules apply:
   * `invalid_pin`, and the person may choose again). Answers the profile's id.
   */
  async finish(newPin: string): Promise<string> {
    const { profile, signIn } = this.proved();
    const { store } = this.options.profiles;
    const recoveryCode = signIn.recoveryCode();
    const authority = new RecoveryCodePinReset({
      file: this.resetFile(profile.id),
      vaultId: profile.id,
      signIn: () => Promise.resolve(recoveryCode),
    });
    const vault = await store.openVault(profile.id);
    try {
      await store.resetPin(vault, authority, newPin);
    } finally {
      vault.lock();
    }
    this.forget();
    return profile.id;
  }

  /**
   * Sets the reset up for the open profile (the one signed in for): `currentPin` is
   * checked as an unlock checks it, then the vault is re-keyed with a fresh share sealed
   * under the recovery code.
   */
  async setUp(currentPin: string): Promise<void> {
    const { profile, signIn } = this.proved();
    const open = await this.options.profiles.require();
    if (open.profile.id !== profile.id) {
      throw new DeskIdError('vault_locked', 'Open the profile you signed in for first, then set up its PIN reset.');
    }
    const authority = new RecoveryCodePinReset({
      file: this.resetFile(profile.id),
      vaultId: profile.id,
      recoveryCode: signIn.recoveryCode(),
    });
    await this.options.profiles.changePin(currentPin, currentPin, authority);
    this.forget();
  }

  /** Forgets the sign-in in progress and the recovery code it got. */
  forget(): void {
    this.generation += 1;
    const pending = this.pending;
    this.pending = undefined;
    if (pending === undefined) return;
    this.timers().clear(pending.expiry);
    pending.signIn.forget();
  }

  private current(): Pending {
    const pending = this.pending;
    if (pending === undefined || pending.expiresAt <= this.now()) {
      this.forget();
      throw endedError();
    }
    return pending;
  }

  private proved(): Pending {
    const pending = this.current();
    if (!pending.signIn.proved) {
      throw new DeskIdError('unauthorized', 'Sign in to your ID-server account first: password, then a code.');
    }
    return pending;
  }

  private resetFile(profileId: string): string {
    return path.join(this.options.profiles.store.profileDir(profileId), pinResetFileName);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private timers(): IdleTimers {
    return this.options.timers ?? nodeTimers;
  }
}

/** The sign-in is gone (expired, forgotten on a lock or a cancel): the person starts again. */
function endedError(): DeskIdError {
  return new DeskIdError(
    'transaction_not_found',
    'The sign-in for the PIN reset has ended. Start again with your ID-server password.',
  );
}
