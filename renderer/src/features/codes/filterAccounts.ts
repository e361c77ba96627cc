/** The names a search looks at. */
export interface Named {
  issuer: string;
  label: string;
}

/**
 * The accounts whose issuer or label holds every word of `query` (any case, any order):
 * `git ali` finds GitHub / alice@example.com. An empty query keeps them all.
 */
export function filterAccounts<T extends Named>(accounts: readonly T[], query: string): T[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...accounts];
  return accounts.filter((account) => {
    const names = `${account.issuer} ${account.label}`.toLocaleLowerCase();
    return words.every((word) => names.includes(word));
  });
}
