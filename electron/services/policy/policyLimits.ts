import { DeskIdError } from '../../contract/DeskIdError';
import type { MachinePolicy } from './MachinePolicy';
import { policyDefaults, type PolicyMethod, type PolicyValues } from './policySchema';

/** The managed settings in force from machine policy alone (the defaults where it sets none). */
function machineLimits(policy: MachinePolicy | undefined): PolicyValues {
  return policy === undefined ? policyDefaults : policy.resolve().values;
}

/** The methods both the ID server offers and policy allows, in the server's order. */
export function allowedMethodsOf<M extends string>(offered: readonly M[], policy: MachinePolicy | undefined): M[] {
  const allowed: readonly string[] = machineLimits(policy).allowedMethods satisfies PolicyMethod[];
  return offered.filter((method) => allowed.includes(method));
}

/** How a refusal names each method to a person. */
const methodNames: Record<PolicyMethod, string> = {
  passkey: 'A passkey',
  totp: 'An authenticator app',
  phone: 'A phone',
};

/** `method_not_allowed` when machine policy's `allowedMethods` leaves `method` out (the wizard does not offer it either). */
export function refuseMethodUnlessAllowed(method: PolicyMethod, policy: MachinePolicy | undefined): void {
  if (machineLimits(policy).allowedMethods.includes(method)) return;
  throw new DeskIdError(
    'method_not_allowed',
    `${methodNames[method]} is not allowed as a sign-in method by your organization. Choose another method.`,
    { method },
  );
}

/** `import_disabled` when policy switches imports (and restoring a backup) off. */
export function refuseImportUnlessAllowed(policy: MachinePolicy | undefined): void {
  if (!machineLimits(policy).allowImport) {
    throw new DeskIdError(
      'import_disabled',
      'Importing accounts is switched off on this computer by your organization. Ask your IT team if you need it.',
    );
  }
}

/**
 * `issuer_not_allowed` when policy's issuer allow-list is set and an account's issuer is
 * not on it (compared trimmed, without regard to case), naming the issuers refused and
 * those allowed. An empty list allows every issuer.
 */
export function refuseIssuersNotAllowed(
  accounts: readonly { issuer: string }[],
  policy: MachinePolicy | undefined,
): void {
  const allowlist = machineLimits(policy).issuerAllowlist;
  if (allowlist.length === 0) return;
  const allowed = new Set(allowlist.map(normalise));
  const refused = [
    ...new Set(accounts.map((account) => account.issuer).filter((issuer) => !allowed.has(normalise(issuer)))),
  ];
  if (refused.length === 0) return;
  const named = refused.map((issuer) => (issuer.trim() === '' ? '(no issuer)' : `"${issuer}"`)).join(', ');
  throw new DeskIdError(
    'issuer_not_allowed',
    `Your organization allows accounts from ${allowlist.join(', ')} only; ${named} ${refused.length === 1 ? 'is' : 'are'} not allowed. Nothing was added.`,
    { refused, allowed: allowlist },
  );
}

function normalise(issuer: string): string {
  return issuer.trim().toLocaleLowerCase('en-US');
}

/**
 * {@link refuseIssuersNotAllowed} for the entries a restore would write: a backup may hold
 * accounts added before the allow-list, or on another computer. Entries that are not
 * authenticator accounts (no `issuer`) are not its business.
 */
export function refuseRestoredIssuersNotAllowed(
  entries: readonly { value: unknown }[],
  policy: MachinePolicy | undefined,
): void {
  const accounts = entries.flatMap(({ value }) =>
    typeof value === 'object' && value !== null && typeof (value as { issuer?: unknown }).issuer === 'string'
      ? [{ issuer: (value as { issuer: string }).issuer }]
      : [],
  );
  refuseIssuersNotAllowed(accounts, policy);
}
