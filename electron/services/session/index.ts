/** The host's session with the ID server and the profile open on this computer (see docs/sessions.md). */
export { IdServerSession, type OpenMfaStep, type SignInOutcome, type HeldRecoveryCode } from './IdServerSession';
export { UnlockedProfiles, type OpenProfile, type ProfileSummary } from './UnlockedProfiles';
export { accountStatusOf, setUpByOf } from './accountStatusOf';
export { readAccountStatus } from './readAccountStatus';
export { toMethod } from './toMethod';
export { findThisComputerAccount, codeForSignIn, storeAuthenticatorHere } from './thisComputerAccount';
export { authenticatorForPhone, groupSetupKey } from './authenticatorForPhone';
