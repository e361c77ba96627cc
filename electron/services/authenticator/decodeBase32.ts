/** The one base32 reading rule lives in the contract, shared with the renderer's manual-entry form. */
export { decodeBase32 } from '../../contract/otpRules';
