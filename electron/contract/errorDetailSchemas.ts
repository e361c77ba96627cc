import { z } from 'zod';
import type { ErrorCode } from './errorCodes';

const retryAfter = z.object({ retryAfter: z.number().int().nonnegative() });
const attemptsLeft = z.object({ attemptsLeft: z.number().int().nonnegative() });

/**
 * The rules a new PIN can break, in the order they are checked (services' `checkPin`):
 * digits only, its length, then not trivial.
 */
export const pinRules = ['digits', 'length', 'repeated', 'run', 'common'] as const;

/**
 * The `details` each error code carries, typed per code. Codes not listed here carry
 * none a screen relies on. The host's dispatcher checks every error's details against
 * these before it crosses the bridge (and drops details that do not match), so the
 * renderer reads them by type alone (errorDetails.ts).
 */
export const errorDetailSchemas = {
  invalid_code: attemptsLeft,
  recovery_code_mismatch: attemptsLeft,
  account_locked: retryAfter,
  factor_locked: retryAfter,
  rate_limited: retryAfter,
  too_many_codes: retryAfter,
  pin_throttled: retryAfter,
  /** DeskID's own authenticator code was already used: the wait for the next time step. */
  code_already_used: retryAfter,
  /** A wrong PIN: tries left before a reset is needed, and the wait before the next. */
  wrong_pin: z.object({
    failures: z.number().int().nonnegative(),
    attemptsLeft: z.number().int().nonnegative(),
    retryAfter: z.number().int().nonnegative(),
  }),
  /** Which PIN rule a new PIN broke, and the length bounds. */
  invalid_pin: z.object({
    rule: z.enum(pinRules),
    minLength: z.number().int(),
    maxLength: z.number().int(),
  }),
} as const satisfies Partial<Record<ErrorCode, z.ZodType>>;

/** The schema of a code's details, if the code has documented details. */
export function detailSchemaOf(code: ErrorCode): z.ZodType | undefined {
  return (errorDetailSchemas as Partial<Record<ErrorCode, z.ZodType>>)[code];
}
