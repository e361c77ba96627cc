import { randomId } from '../ids/randomId';
import type { Account, NewAccount } from './accountSchema';
import { findDuplicate } from './findDuplicate';

/** What adding accounts did: the whole new list, what was added, and what was not. */
export interface AddAccountsResult {
  /** `existing` followed by the added accounts, in order. */
  accounts: Account[];
  added: Account[];
  /** Candidates already present (or repeated within `incoming`), each never added twice. */
  duplicates: { candidate: NewAccount; existingId: string }[];
}

/**
 * Adds new accounts after the existing ones, giving each an id and the next sort order.
 * A candidate with the same issuer, label and secret as an account already present, or as
 * an earlier candidate, is reported in `duplicates` and not added. Pure: the inputs are
 * not changed; storing the result is the caller's job.
 */
export function addAccounts(
  existing: readonly Account[],
  incoming: readonly NewAccount[],
  { newId = randomId }: { newId?: () => string } = {},
): AddAccountsResult {
  const accounts = [...existing];
  const added: Account[] = [];
  const duplicates: AddAccountsResult['duplicates'] = [];
  let sortOrder = existing.reduce((max, account) => Math.max(max, account.sortOrder + 1), 0);
  for (const candidate of incoming) {
    const duplicate = findDuplicate(accounts, candidate);
    if (duplicate !== undefined) {
      duplicates.push({ candidate, existingId: duplicate.id });
      continue;
    }
    const account: Account = { ...candidate, id: newId(), sortOrder: sortOrder++ };
    accounts.push(account);
    added.push(account);
  }
  return { accounts, added, duplicates };
}
