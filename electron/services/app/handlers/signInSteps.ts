import type { MfaStep, SignInStep } from '../../../contract/accountStatus';
import { setUpByOf } from '../../session/accountStatusOf';
import type { OpenMfaStep, SignInOutcome } from '../../session/IdServerSession';
import { readAccountStatus } from '../../session/readAccountStatus';
import { findThisComputerAccount } from '../../session/thisComputerAccount';
import type { HostState } from './HostState';

/**
 * The open MFA step as the renderer sees it: the methods and masked phones, and whether
 * this computer's open profile can answer with its own authenticator code. A vault that
 * cannot be read here only means "no": the other methods still work.
 */
export async function mfaStepOf(state: HostState, step: OpenMfaStep): Promise<MfaStep> {
  if (!step.methods.includes('totp')) {
    return { status: 'mfa_required', methods: step.methods, phones: step.phones, codeFromThisComputer: false };
  }
  const serverUrl = state.session.serverUrl;
  const here = await findThisComputerAccount(state.profiles.open, serverUrl, step.username).catch(() => undefined);
  // A profile that cannot be listed only means "none": the other methods still work.
  const locked =
    here === undefined
      ? await state.profiles.lockedLinkedTo(serverUrl, step.username).catch(() => undefined)
      : undefined;
  return {
    status: 'mfa_required',
    methods: step.methods,
    phones: step.phones,
    codeFromThisComputer: here !== undefined,
    ...(locked === undefined ? {} : { lockedProfile: { id: locked.id, name: locked.displayName } }),
  };
}

/** A finished sign-in or step-up: the account from `/me`, the "set up by" date, a spent recovery code. */
export async function signedInStepOf(state: HostState, outcome: SignInOutcome): Promise<SignInStep> {
  const account = await readAccountStatus(state.session);
  const setUpBy = setUpByOf(outcome.warnings);
  return {
    status: 'signed_in',
    account,
    ...(setUpBy === undefined ? {} : { setUpBy }),
    recoveryCodeUsed: outcome.recoveryCodeConsumed,
  };
}
