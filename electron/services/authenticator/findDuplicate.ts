import type { NewAccount } from './accountSchema';

/** Issuer and label compared as people read them: Unicode-normalized, trimmed, any case. */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFC').trim().toLowerCase() === b.normalize('NFC').trim().toLowerCase();
}

/**
 * The account in `existing` that `candidate` duplicates (same issuer, label and secret),
 * or `undefined`. Secrets are compared in their canonical form, which accounts always hold.
 */
export function findDuplicate<T extends NewAccount>(existing: readonly T[], candidate: NewAccount): T | undefined {
  return existing.find(
    (account) =>
      account.secret === candidate.secret &&
      sameName(account.issuer, candidate.issuer) &&
      sameName(account.label, candidate.label),
  );
}
