import type { ApiErrorCode } from '../../protocol';
import { ApiError, retryError } from '../ApiError';
import type { AppContext } from '../AppContext';
import type { LockRule } from '../store/Store';

/**
 * The methods whose wrong codes count: authenticator, phone, recovery-code sign-in, and
 * recovery-code confirmation (its last 4 digits).
 */
export type CodeMethod = 'totp' | 'phone' | 'recovery_code' | 'recovery_confirm';

const codeMethods: readonly CodeMethod[] = ['totp', 'phone', 'recovery_code', 'recovery_confirm'];

/** One attempt at a method, counted before its code is checked (see `beginAttempt`). */
export interface Attempt {
  accountId: string;
  method: CodeMethod;
  /** Consecutive failures, this attempt included. */
  count: number;
  /** The lock this attempt set by reaching the limit, else 0. */
  lockedUntil: number;
}

function lockRule(ctx: AppContext): LockRule {
  const { codeFailures, codeDisableAfter, lockSeconds } = ctx.config.limits;
  return { lockEvery: codeFailures, disableAfter: codeDisableAfter, lockMs: lockSeconds * 1000 };
}

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
 * Counts an attempt at a method before its code is checked, so that requests in flight
 * at the same time can never check more codes than the limit allows. A locked or
 * disabled method is refused with `423 factor_locked`, and nothing is counted. The
 * attempt that reaches the limit sets the lock itself; its outcome then decides: a
 * failure keeps it, a success or a refund lifts it.
 */
export function beginAttempt(ctx: AppContext, accountId: string, method: CodeMethod): Attempt {
  const now = ctx.config.now();
  const reserved = ctx.store.reserveAttempt(accountId, method, lockRule(ctx), now);
  if (reserved === undefined) {
    assertNotLocked(ctx, accountId, method);
    // Unlocked again between the two reads (a success elsewhere): still refuse this once.
    throw retryError('factor_locked', 'Too many wrong codes. Wait a while, or use another method.', 1000);
  }
  return {
    accountId,
    method,
    count: reserved.count,
    lockedUntil: reserved.lockedUntil > now ? reserved.lockedUntil : 0,
  };
}

/**
 * The attempt's code was wrong (it is already counted): `400 invalid_code`, or the given
 * code, with `details.attemptsLeft` (0 on the failure that locks the method).
 */
export function failAttempt(
  ctx: AppContext,
  attempt: Attempt,
  message = 'That code is not right. Check it and try again.',
  code: ApiErrorCode = 'invalid_code',
): never {
  const { codeFailures, codeDisableAfter } = ctx.config.limits;
  const { count } = attempt;
  const locks = count % codeFailures === 0 || count >= codeDisableAfter;
  const attemptsLeft = locks ? 0 : Math.min(codeFailures - (count % codeFailures), codeDisableAfter - count);
  throw new ApiError(code, message, { attemptsLeft });
}

/** The attempt's outcome was not a failure (a reused or expired code): it no longer counts. */
export function refundAttempt(ctx: AppContext, attempt: Attempt): void {
  ctx.store.refundAttempt(attempt.accountId, attempt.method, attempt.lockedUntil);
}

/**
 * The attempt proved its method. Checked against the lock again first: a lock that
 * another request set while this one was checking its code wins (`423 factor_locked`).
 * Then the count starts again; when the proof finishes a sign-in (`signIn`), methods
 * disabled by too many failures are turned back on too. Call it inside the transaction
 * that makes the success take effect.
 */
export function succeedAttempt(ctx: AppContext, attempt: Attempt, { signIn }: { signIn: boolean }): void {
  const now = ctx.config.now();
  const { lockedUntil } = ctx.store.failures(attempt.accountId, attempt.method);
  if (lockedUntil > now && lockedUntil !== attempt.lockedUntil) {
    throw retryError('factor_locked', 'Too many wrong codes. Wait a while, or use another method.', lockedUntil - now);
  }
  succeedCode(ctx, attempt.accountId, attempt.method, { signIn });
}

/**
 * A method was proved: its count starts again. Only a successful sign-in (or step-up) by
 * a method turns back on the methods disabled by too many failures (api.md "Limits");
 * verifying a new method or confirming the recovery code does not.
 */
export function succeedCode(
  ctx: AppContext,
  accountId: string,
  method: CodeMethod | 'passkey',
  { signIn }: { signIn: boolean },
): void {
  const reset = codeMethods.filter((other) => other === method || (signIn && isDisabled(ctx, accountId, other)));
  ctx.store.resetFailures(accountId, reset);
}
