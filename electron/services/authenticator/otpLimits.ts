import { createGuardrails } from 'otplib';
import { otpLimits } from '../../contract/otpRules';

/** What DeskID accepts from issuers: one definition, in the contract, shared with the renderer. */
export { otpLimits };

/** otplib guardrails relaxed to read the secrets real services issue (see `otpLimits`). */
export const readingGuardrails = createGuardrails({
  MIN_SECRET_BYTES: otpLimits.minSecretBytes,
  MAX_SECRET_BYTES: otpLimits.maxSecretBytes,
});
