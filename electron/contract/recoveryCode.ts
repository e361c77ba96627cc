/**
 * The recovery code's rule for the renderer, which may import only this contract: the
 * protocol's one definition (protocol/recoveryCodeFormat.ts), re-exported, never copied.
 */
export { isLuhnValid, recoveryCodeLength } from '../../protocol/recoveryCodeFormat';
