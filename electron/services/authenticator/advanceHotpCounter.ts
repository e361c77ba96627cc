import type { Account } from './accountSchema';

/**
 * The account after its HOTP code was used: the counter moves on by one. TOTP and Steam
 * accounts come back unchanged. Pure; storing the new counter is the caller's job, and it
 * should do so before showing the code, so that no code is ever shown twice.
 */
export function advanceHotpCounter(account: Account): Account {
  return account.type === 'hotp' ? { ...account, counter: account.counter + 1 } : account;
}
