import { randomId } from '../ids/randomId';
import { DeskIdError } from '../../contract/DeskIdError';
import type { Account, NewAccount } from './accountSchema';
import { addAccounts } from './addAccounts';

/**
 * Adds one account after the existing ones (a scanned QR code, a pasted URI, manual
 * entry). A duplicate — same issuer, label and secret — answers `duplicate_account` with
 * the id of the account already present, rather than being added twice. Pure.
 */
export function addAccount(
  existing: readonly Account[],
  candidate: NewAccount,
  { newId = randomId }: { newId?: () => string } = {},
): { accounts: Account[]; added: Account } {
  const { accounts, added, duplicates } = addAccounts(existing, [candidate], { newId });
  const [duplicate] = duplicates;
  if (duplicate !== undefined) {
    throw new DeskIdError('duplicate_account', 'This account is already in the authenticator.', {
      existingId: duplicate.existingId,
    });
  }
  const [account] = added;
  if (account === undefined) throw new TypeError('addAccounts added nothing and reported no duplicate');
  return { accounts, added: account };
}
