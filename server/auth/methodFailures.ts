import { ApiError, retryError } from '../ApiError';
import type { AppContext } from '../AppContext';

/** The methods whose wrong codes count: authenticator, phone and recovery code. */
export type CodeMethod = 'totp' | 'phone' | 'recovery_code';

const codeMethods: readonly CodeMethod[] = ['totp', 'phone', 'recovery_code'];

/** True when the method reached the disable threshold (until another method succeeds). */
export function isDisabled(ctx: AppContext, accountId: string, method: CodeMethod): boolean {
  return ctx.store.failures(accountId, method).count >= ctx.config.limits.codeDisableAfter;
}

/** Refuses a locked or disabled method with `423 factor_locked`. */
export function assertNotLocked(ctx: AppContext, accountId: string, method: CodeMethod): void {
  const now = ctx.config.now();
  const { count, lockedUntil } = ctx.store.failures(accountId, method);
  if (count >= ctx.config.limits.codeDisableAfter) {
    throw retryError(
      'factor_locked',
      'This method is turned off after too many wrong codes. Sign in with another method to turn it back on.',
      ctx.config.limits.lockSeconds * 1000,
      { disabled: true },
    );
  }
  if (lockedUntil > now) {
    throw retryError('factor_locked', 'Too many wrong codes. Wait a while, or use another method.', lockedUntil - now);
  }
}

/**
 * Counts one wrong code and throws `400 invalid_code` with `details.attemptsLeft`
 * (0 on the failure that locks the method).
 */
export function failCode(
  ctx: AppContext,
  accountId: string,
  method: CodeMethod,
  message = 'That code is not right. Check it and try again.',
): never {
  const { codeFailures, codeDisableAfter, lockSeconds } = ctx.config.limits;
  const count = ctx.store.failures(accountId, method).count + 1;
  const locks = count % codeFailures === 0 || count >= codeDisableAfter;
  const lockedUntil = locks ? ctx.config.now() + lockSeconds * 1000 : 0;
  ctx.store.setFailures(accountId, method, { count, lockedUntil });
  const attemptsLeft = locks ? 0 : Math.min(codeFailures - (count % codeFailures), codeDisableAfter - count);
  throw new ApiError('invalid_code', message, { attemptsLeft });
}

/**
 * A method was proved: its count starts again, and methods disabled by too many
 * failures are turned back on (a successful sign-in by another method).
 */
export function succeedCode(ctx: AppContext, accountId: string, method: CodeMethod | 'passkey'): void {
  const reset = codeMethods.filter((other) => other === method || isDisabled(ctx, accountId, other));
  ctx.store.resetFailures(accountId, reset);
}
