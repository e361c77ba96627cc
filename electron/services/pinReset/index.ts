/** PIN reset through the ID server: the recovery code seals the vault's reset share. */
export { RecoveryCodePinReset } from './RecoveryCodePinReset';
export { fetchRecoveryCodeBySignIn, type SecondFactorPrompt } from './fetchRecoveryCodeBySignIn';
export { PinResetSignIn, type PinResetMethods, type PinResetPhone, type PinResetProof } from './PinResetSignIn';
