import type { CallOutput } from '../../../contract/calls';
import type { NewAccount } from '../../authenticator/accountSchema';
import type { AddAccountsResult } from '../../authenticator/addAccounts';

type AccountSummary = CallOutput<'adding.fromUri'>['added'][number];

/** An account named without its secret (Steam Guard as TOTP); `id` once it is stored. */
export function summarise(account: NewAccount & { id?: string }): AccountSummary {
  const type = account.type === 'hotp' ? 'hotp' : 'totp';
  const names = { issuer: account.issuer, label: account.label, type } as const;
  return account.id === undefined ? names : { id: account.id, ...names };
}

/** What adding did, named without secrets: the accounts added and those already there. */
export function summariseAdded(result: AddAccountsResult): CallOutput<'adding.fromUri'> {
  return {
    added: result.added.map(summarise),
    duplicates: result.duplicates.map(({ candidate }) => summarise(candidate)),
  };
}
