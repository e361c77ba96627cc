/**
 * The authenticator: accounts, codes and the ways to add them. Pure over in-memory
 * accounts; storing them is the vault's job.
 */
export { accountSchema, newAccountSchema, otpAlgorithms } from './accountSchema';
export type { Account, NewAccount, OtpAlgorithm, OtpType } from './accountSchema';
export { addAccount } from './addAccount';
export { addAccounts, type AddAccountsResult } from './addAccounts';
export { advanceHotpCounter } from './advanceHotpCounter';
export { createManualAccount, type ManualEntry } from './createManualAccount';
export { createUsedCodeTracker, type UsedCodeTracker } from './createUsedCodeTracker';
export { findDuplicate } from './findDuplicate';
export { formatOtpauthUri } from './formatOtpauthUri';
export { generateCode, type GeneratedCode } from './generateCode';
export { normalizeSecret } from './normalizeSecret';
export { otpLimits } from './otpLimits';
export { parseOtpauthUri } from './parseOtpauthUri';
