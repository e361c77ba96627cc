import type { CodeAccount } from './useCodes';

/**
 * A TOTP account as `codes.list` gives it, for component tests. Its step is set from the
 * clock when the test builds it (20 s left), so that it is current.
 */
export const totp = (id: string, issuer: string, label: string, code: string, more: Partial<CodeAccount> = {}) =>
  ({
    id,
    issuer,
    label,
    type: 'totp',
    digits: code.length,
    period: 30,
    code,
    validFrom: Date.now() - 10_000,
    validUntil: Date.now() + 20_000,
    alreadyUsed: false,
    ...more,
  }) satisfies CodeAccount;
