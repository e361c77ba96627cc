/** What an account still lacks to be compliant. */
export type Missing = 'mfa_method' | 'recovery_code';

/**
 * Compliance as `shared/api.md` defines it: at least one verified passkey, TOTP or phone
 * factor, and the recovery code confirmed.
 */
export function compliance(
  account: { recovery: { confirmedAt: number | null } | null },
  factors: readonly { verified: boolean }[],
): { compliant: boolean; missing: Missing[] } {
  const missing: Missing[] = [];
  if (!factors.some((factor) => factor.verified)) missing.push('mfa_method');
  if (account.recovery?.confirmedAt == null) missing.push('recovery_code');
  return { compliant: missing.length === 0, missing };
}
