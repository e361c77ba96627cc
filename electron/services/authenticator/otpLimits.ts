import { createGuardrails } from 'otplib';

/**
 * What DeskID accepts from issuers (DESIGN.md, "Authenticator compatibility"). Secrets of
 * 80 bits are still common, so the floor is 10 bytes rather than otplib's 16.
 */
export const otpLimits = {
  minSecretBytes: 10,
  maxSecretBytes: 128,
  minDigits: 6,
  maxDigits: 8,
  minPeriod: 15,
  maxPeriod: 120,
  maxLabelLength: 256,
} as const;

/** otplib guardrails relaxed to read the secrets real services issue (see `otpLimits`). */
export const readingGuardrails = createGuardrails({
  MIN_SECRET_BYTES: otpLimits.minSecretBytes,
  MAX_SECRET_BYTES: otpLimits.maxSecretBytes,
});
