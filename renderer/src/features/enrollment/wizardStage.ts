import type { AccountStatus } from '../../../../electron/contract/accountStatus';

/** Where the wizard stands, derived from the ID server's own account status. */
export type WizardStage = 'method' | 'recovery' | 'done';

/** The stages a person goes through, numbered for "Step N of 4" (sign-in is step 1). */
export const wizardSteps = { signIn: 1, choose: 2, setUp: 3, recovery: 4 } as const;
export const wizardStepCount = 4;

/**
 * The pending stage: a method while the account has no verified one, then the recovery
 * code until it is confirmed, then done. It comes from `/me`, so after a restart the
 * person lands on the step still pending.
 */
export function wizardStage(account: AccountStatus): WizardStage {
  const hasMethod = account.methods.some((method) => method.verified);
  if (!hasMethod) return 'method';
  if (account.recoveryCode.status !== 'confirmed') return 'recovery';
  return 'done';
}
