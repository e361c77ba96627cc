import type { Account } from './accountSchema';

/** Remembers which codes were copied on this desktop, by account and time step. */
export interface UsedCodeTracker {
  /**
   * Records that the current code of `account` was copied. Returns `true` when a code of
   * the same time step (TOTP, Steam) or counter (HOTP) was already copied here: the
   * server will likely refuse it as replayed, so the person should wait for the next one.
   */
  recordCopy(account: Account, now?: number): boolean;
  /** Whether the current code of `account` was already copied here. */
  isUsed(account: Account, now?: number): boolean;
  /** Forgets every account (on lock or switch of person). */
  clear(): void;
}

/**
 * A tracker for "code already used here". It keeps only account ids and step numbers,
 * never a code or a secret, and only the latest step of each account.
 */
export function createUsedCodeTracker(): UsedCodeTracker {
  const lastCopied = new Map<string, string>();
  const keyOf = (account: Account, now: number): string =>
    account.type === 'hotp'
      ? `hotp:${account.counter}`
      : `${account.type}:${account.period}:${Math.floor(now / 1000 / account.period)}`;
  return {
    recordCopy(account, now = Date.now()) {
      const key = keyOf(account, now);
      const used = lastCopied.get(account.id) === key;
      lastCopied.set(account.id, key);
      return used;
    },
    isUsed(account, now = Date.now()) {
      return lastCopied.get(account.id) === keyOf(account, now);
    },
    clear() {
      lastCopied.clear();
    },
  };
}
