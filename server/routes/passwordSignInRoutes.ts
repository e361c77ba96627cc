import type { FastifyInstance } from 'fastify';
import type { PasswordSignInReply } from '../../protocol';
import { ApiError, retryError } from '../ApiError';
import { isEnforced, type AppContext } from '../AppContext';
import { compliance } from '../auth/compliance';
import { createSession, sessionJson } from '../auth/sessions';
import { defineRoute } from '../http/defineRoute';
import { mfaChoices, openTransaction } from '../signin/transactions';

const badCredentials = (): ApiError =>
  new ApiError('invalid_credentials', 'The username or password is not right. Check both and try again.');

const accountLocked = (retryAfterMs: number): ApiError =>
  retryError(
    'account_locked',
    'This account is locked after too many wrong passwords. Wait, then try again.',
    retryAfterMs,
  );

/**
 * Counts a password attempt before it is checked; a locked account is refused with
 * `423 account_locked`. Answers the lock this attempt set by reaching the limit, else 0.
 */
function reservePasswordAttempt(ctx: AppContext, accountId: string): number {
  const now = ctx.config.now();
  const { passwordFailures, lockSeconds } = ctx.config.limits;
  const rule = { lockEvery: passwordFailures, disableAfter: Number.MAX_SAFE_INTEGER, lockMs: lockSeconds * 1000 };
  const reserved = ctx.store.reservePasswordAttempt(accountId, rule, now);
  if (reserved === undefined) {
    const lockedUntil = ctx.store.accountById(accountId)?.lockedUntil ?? 0;
    throw accountLocked(Math.max(1000, lockedUntil - now));
  }
  return reserved.lockedUntil > now && reserved.count % passwordFailures === 0 ? reserved.lockedUntil : 0;
}

/** `POST /api/v1/sign-in/password`: the first step of every password sign-in. */
export function registerPasswordSignIn(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(
    app,
    'signInPassword',
    async ({ body }): Promise<PasswordSignInReply> => {
      const account = ctx.store.accountByUsername(body.username.toLowerCase());
      if (account === undefined) {
        await ctx.hasher.verifyNothing(body.password);
        throw badCredentials();
      }
      // The attempt is counted before the slow hash, so a burst of requests can never check
      // more passwords than the limit. Once a lock is set (by this attempt reaching the limit,
      // or by others meanwhile), an attempt still hashing answers 423 whether its password was
      // right or wrong, so the answer never tells which guess was right.
      const ownLock = reservePasswordAttempt(ctx, account.id);
      const right = await ctx.hasher.verify(account.passwordHash, body.password);
      const after = ctx.config.now();
      if (!right || !ctx.store.clearPasswordFailures(account.id, ownLock, after)) {
        const lockedUntil = ctx.store.accountById(account.id)?.lockedUntil ?? 0;
        // The failure that set the lock answers like the failures before it (as a code's does).
        if (lockedUntil > after && (right || lockedUntil !== ownLock)) throw accountLocked(lockedUntil - after);
        throw badCredentials();
      }
      const choices = mfaChoices(ctx, account.id);
      if (choices.methods.some((method) => method !== 'recovery_code')) {
        const { id } = openTransaction(ctx, { accountId: account.id, purpose: 'sign_in', amr: ['pwd'] });
        return { status: 'mfa_required', transaction: id, ...choices };
      }
      if (isEnforced(ctx)) {
        const { token, record } = createSession(ctx, account.id, 'enroll');
        const { missing } = compliance(account, ctx.store.factorsOf(account.id));
        return { status: 'enrollment_required', session: sessionJson(token, record), missing };
      }
      const { token, record } = createSession(ctx, account.id, 'full');
      return {
        status: 'signed_in',
        session: sessionJson(token, record),
        amr: ['pwd'],
        warnings: [`mfa_required_from:${ctx.config.enforceFrom}`],
      };
    },
    { perMinute: ctx.config.limits.passwordPerMinute },
  );
}
