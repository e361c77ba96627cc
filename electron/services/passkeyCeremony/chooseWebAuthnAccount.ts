import type { ExpectedAccount } from './PasskeyWindow';

/** An account the OS offers (Electron's `WebAuthnAccount`). */
export interface OfferedAccount {
  credentialId: string;
  name?: string | undefined;
  displayName?: string | undefined;
}

/**
 * Answers Electron's `select-webauthn-account` (the OS found several passkeys for the RP
 * ID): the one passkey the server allows for the open sign-in, preferring the account
 * whose name is the signing-in username. Answers undefined when that is not one passkey,
 * which cancels the prompt rather than guess (the page then says it was closed).
 */
export function chooseWebAuthnAccount(
  accounts: readonly OfferedAccount[],
  expected: ExpectedAccount,
): string | undefined {
  const allowed = new Set(expected.allowCredentialIds);
  const candidates = allowed.size === 0 ? accounts : accounts.filter((account) => allowed.has(account.credentialId));
  const username = expected.username?.toLowerCase();
  if (username !== undefined) {
    const named = candidates.filter((account) => account.name?.toLowerCase() === username);
    if (named.length === 1) return named[0]?.credentialId;
  }
  return candidates.length === 1 ? candidates[0]?.credentialId : undefined;
}
