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

/** `POST /api/v1/sign-in/password`: the first step of every password sign-in. */
export function registerPasswordSignIn(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(
    app,
    'signInPassword',
    async ({ body }): Promise<PasswordSignInReply> => {
      const now = ctx.config.now();
      const account = ctx.store.accountByUsername(body.username.toLowerCase());
      if (account === undefined) {
        await ctx.hasher.verifyNothing(body.password);
        throw badCredentials();
      }
      // Checked before the slow hash (no work for a locked account) and again after it:
      // a lock set by requests that failed meanwhile wins over this one's right password.
      if (account.lockedUntil > now) throw accountLocked(account.lockedUntil - now);
      if (!(await ctx.hasher.verify(account.passwordHash, body.password))) {
        const { passwordFailures, lockSeconds } = ctx.config.limits;
        const rule = { lockEvery: passwordFailures, disableAfter: Number.MAX_SAFE_INTEGER, lockMs: lockSeconds * 1000 };
        ctx.store.recordPasswordFailure(account.id, rule, ctx.config.now());
        throw badCredentials();
      }
      if (!ctx.store.clearPasswordFailures(account.id, ctx.config.now())) {
        const lockedUntil = ctx.store.accountById(account.id)?.lockedUntil ?? 0;
        throw accountLocked(lockedUntil - ctx.config.now());
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
