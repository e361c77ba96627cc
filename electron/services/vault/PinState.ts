import { access, rm } from 'node:fs/promises';
import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import type { Keychain } from '../keychain/Keychain';
import { noPinFailures, readKeychainItem, writeKeychainItem, type KeychainItem, type PinCounter } from './keychainItem';
import { maxPinFailures, pinDelaySeconds } from './pinThrottlePolicy';
import { readJsonFile } from './readJsonFile';
import { withPinAttemptLock } from './withPinAttemptLock';

/** What the app may show about PIN attempts. */
export interface PinStatus {
  /** Wrong PINs in a row since the last good unlock. */
  failures: number;
  /** PIN attempts left before `pin_reset_required`. */
  attemptsLeft: number;
  /** Seconds until the next attempt is allowed (0: now). */
  retryAfter: number;
  /** True after {@link maxPinFailures} wrong PINs: keychain plus ID-server sign-in needed. */
  resetRequired: boolean;
}

/** The counter file of DeskID before the counter moved into the keychain item (read once, to migrate). */
const legacyFileSchema = z
  .object({
    format: z.literal('deskid-pin-state'),
    version: z.literal(1),
    failures: z.number().int().min(0),
    lastFailureAt: z.number().nullable(),
    nextAttemptAt: z.number().nullable(),
  })
  .strict();

/**
 * The wrong-PIN throttle of one vault. The counter lives in the vault's keychain item,
 * beside the key, so deleting files in the profile folder does not reset it (someone
 * who can write that OS account's keychain still can: see docs/vault-format.md). Times
 * are milliseconds from `now()`. Callers hold the PIN-attempt lock around a read and its
 * writes, so concurrent DeskID processes count every attempt.
 */
export class PinState {
  constructor(
    private readonly keychain: Keychain,
    private readonly account: string,
    /** `pin-state.json` of older DeskID versions: its counter is carried over once. */
    private readonly legacyFile: string,
    private readonly now: () => number,
  ) {}

  /** The keychain item (key and counter); the caller zeroes `key`. */
  async read(): Promise<KeychainItem> {
    const item = await readKeychainItem(this.keychain, this.account);
    if (!item.legacy) return item;
    try {
      return { ...item, counter: await this.readLegacyFile() };
    } catch (error) {
      item.key.fill(0);
      throw error;
    }
  }

  /**
   * Moves the count of an old `pin-state.json` into the keychain item and removes the
   * file, which needs no PIN: called when the vault is opened, so that deleting the file
   * later resets nothing. Nothing to do (and no keychain access) when there is no file.
   * Runs under the PIN-attempt lock, so it cannot undo an attempt counted meanwhile.
   */
  async carryOverLegacyFile(): Promise<void> {
    const present = await access(this.legacyFile).then(
      () => true,
      () => false,
    );
    if (!present) return;
    await withPinAttemptLock(`${this.legacyFile}.lock`, async () => {
      const item = await this.read();
      try {
        if (item.legacy) await this.save(item, item.counter);
        else await rm(this.legacyFile, { force: true }); // the keychain item counts already
      } finally {
        item.key.fill(0);
      }
    });
  }

  /** The status as of now (reads the keychain item). */
  async status(): Promise<PinStatus> {
    const item = await this.read();
    item.key.fill(0);
    return this.statusOf(item.counter);
  }

  /** Throws `pin_reset_required` or `pin_throttled` when a PIN may not be tried now. */
  assertMayTry(counter: PinCounter): void {
    const status = this.statusOf(counter);
    if (status.resetRequired) throw pinResetRequired(status);
    if (status.retryAfter > 0) {
      throw new DeskIdError('pin_throttled', `Too many wrong PINs. Try again in ${formatWait(status.retryAfter)}.`, {
        ...status,
      });
    }
  }

  /** The counter after one more wrong PIN, now. */
  afterFailure(counter: PinCounter): PinCounter {
    const at = this.now();
    const failures = counter.failures + 1;
    const delay = pinDelaySeconds(failures);
    return { failures, lastFailureAt: at, nextAttemptAt: delay > 0 ? at + delay * 1000 : null };
  }

  /**
   * Stores `counter` in the keychain item beside `item.key` (one write, so the two never
   * part), and removes an old `pin-state.json`, which no longer counts.
   */
  async save(item: KeychainItem, counter: PinCounter): Promise<void> {
    await writeKeychainItem(this.keychain, this.account, item.key, counter);
    if (item.legacy) await rm(this.legacyFile, { force: true });
  }

  /** Clears the counter (after a good unlock or a reset) when it is not clear already. */
  async clear(item: KeychainItem): Promise<void> {
    const { failures, nextAttemptAt } = item.counter;
    if (failures === 0 && nextAttemptAt === null && !item.legacy) return;
    await this.save(item, noPinFailures);
  }

  /** What {@link status} answers for `counter`. */
  statusOf(counter: PinCounter): PinStatus {
    const wait =
      counter.nextAttemptAt === null ? 0 : Math.max(0, Math.ceil((counter.nextAttemptAt - this.now()) / 1000));
    return {
      failures: counter.failures,
      attemptsLeft: Math.max(0, maxPinFailures - counter.failures),
      retryAfter: wait,
      resetRequired: counter.failures >= maxPinFailures,
    };
  }

  private async readLegacyFile(): Promise<PinCounter> {
    const stored = await readJsonFile(this.legacyFile, legacyFileSchema);
    if (stored === 'missing') return noPinFailures;
    if (stored === 'damaged') {
      throw new DeskIdError('vault_damaged', 'The PIN attempt record of this profile is damaged.', {
        file: this.legacyFile,
        reason: 'pin state unreadable',
        backup: null,
      });
    }
    const { failures, lastFailureAt, nextAttemptAt } = stored;
    return { failures, lastFailureAt, nextAttemptAt };
  }
}

/** The error once the PIN alone may no longer unlock the profile. */
export function pinResetRequired(status: PinStatus): DeskIdError {
  return new DeskIdError(
    'pin_reset_required',
    `The PIN was entered wrongly ${maxPinFailures} times. Sign in to your ID account to unlock this profile and choose a new PIN.`,
    { ...status },
  );
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
