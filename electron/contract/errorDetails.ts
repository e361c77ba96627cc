import { z } from 'zod';
import type { DeskIdError } from './DeskIdError';
import type { ErrorCode } from './errorCodes';

const retryAfter = z.object({ retryAfter: z.number().int().nonnegative() });
const attemptsLeft = z.object({ attemptsLeft: z.number().int().nonnegative() });

/**
 * The `details` each error code carries, typed per code. Codes not listed here carry
 * none a screen relies on.
 */
export const errorDetailSchemas = {
  invalid_code: attemptsLeft,
  recovery_code_mismatch: attemptsLeft,
  account_locked: retryAfter,
  factor_locked: retryAfter,
  rate_limited: retryAfter,
  too_many_codes: retryAfter,
  pin_throttled: retryAfter,
  /** A wrong PIN: tries left before a reset is needed, and the wait before the next. */
  wrong_pin: z.object({
    failures: z.number().int().nonnegative(),
    attemptsLeft: z.number().int().nonnegative(),
    retryAfter: z.number().int().nonnegative(),
  }),
  /** Which PIN rule a new PIN broke, and the length bounds. */
  invalid_pin: z.object({
    rule: z.enum(['length', 'repeated', 'run', 'common']),
    minLength: z.number().int(),
    maxLength: z.number().int(),
  }),
} as const satisfies Partial<Record<ErrorCode, z.ZodType>>;

export type DetailedCode = keyof typeof errorDetailSchemas;
export type ErrorDetails<C extends DetailedCode> = z.infer<(typeof errorDetailSchemas)[C]>;

/** The error's details when it has this code and they have the documented shape; else undefined. */
export function detailsOf<C extends DetailedCode>(error: unknown, code: C): ErrorDetails<C> | undefined {
  if (!isError(error) || error.code !== code) return undefined;
  const parsed = errorDetailSchemas[code].safeParse(error.details);
  return parsed.success ? (parsed.data as ErrorDetails<C>) : undefined;
}

/** Seconds to wait, for any error that says so (`details.retryAfter`). */
export function retryAfterOf(error: unknown): number | undefined {
  if (!isError(error)) return undefined;
  const parsed = retryAfter.safeParse(error.details);
  return parsed.success ? parsed.data.retryAfter : undefined;
}

function isError(error: unknown): error is DeskIdError {
  return typeof error === 'object' && error !== null && 'code' in error && 'details' in error;
}
