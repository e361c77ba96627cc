import type { FastifyInstance } from 'fastify';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { assertNotLocked, beginAttempt, failAttempt, succeedAttempt } from '../auth/methodFailures';
import { parseRecoveryCode } from '../../protocol/recoveryCodeFormat';
import { proveWithCode } from '../factors/checkCode';
import { sendPhoneCode } from '../factors/phoneCodes';
import { defineRoute } from '../http/defineRoute';
import { finishSignIn } from '../signin/finishSignIn';
import { accountOf, loadTransaction, mayProve, provingFactors } from '../signin/transactions';
import type { FactorRecord, TransactionRecord } from '../store/Store';

/** The account's verified phone with this id that may finish the transaction, or `404 factor_not_found`. */
function verifiedPhone(
  ctx: AppContext,
  transaction: TransactionRecord,
  accountId: string,
  factorId: string,
): FactorRecord {
  const factor = ctx.store.factorById(accountId, factorId);
  if (factor?.type !== 'phone' || !factor.verified || !mayProve(transaction, factor.addedBySession)) {
    throw new ApiError('factor_not_found', 'This account has no such phone. Choose another method.');
  }
  return factor;
}

/** The MFA steps that finish a sign-in or step-up with a code. */
export function registerMfaSignIn(app: FastifyInstance, ctx: AppContext): void {
  // Every MFA sign-in step shares one per-address count (limits.mfaPerMinute).
  const limit = { perMinute: ctx.config.limits.mfaPerMinute, limitGroup: 'mfa_sign_in' };

  defineRoute(
    app,
    'signInTotp',
    async ({ body }) => {
      const transaction = loadTransaction(ctx, body.transaction);
      const accountId = accountOf(ctx, transaction);
      const totps = provingFactors(ctx, transaction, accountId).filter((f) => f.type === 'totp');
      if (totps.length === 0)
        throw new ApiError('factor_not_found', 'This account has no authenticator. Choose another method.');
      const { amr } = await proveWithCode(ctx, totps, body.code, { signIn: true });
      return finishSignIn(ctx, transaction, accountId, [amr]);
    },
    limit,
  );

  defineRoute(
    app,
    'signInPhoneSend',
    async ({ body }) => {
      const transaction = loadTransaction(ctx, body.transaction);
      const accountId = accountOf(ctx, transaction);
      const factor = verifiedPhone(ctx, transaction, accountId, body.factorId);
      assertNotLocked(ctx, accountId, 'phone');
      return sendPhoneCode(ctx, factor, body.channel);
    },
    limit,
  );

  defineRoute(
    app,
    'signInPhoneVerify',
    async ({ body }) => {
      const transaction = loadTransaction(ctx, body.transaction);
      const accountId = accountOf(ctx, transaction);
      const factor = verifiedPhone(ctx, transaction, accountId, body.factorId);
      const { amr } = await proveWithCode(ctx, [factor], body.code, { signIn: true });
      return finishSignIn(ctx, transaction, accountId, [amr]);
    },
    limit,
  );

  defineRoute(
    app,
    'signInRecoveryCode',
    async ({ body }) => {
      const transaction = loadTransaction(ctx, body.transaction);
      const accountId = accountOf(ctx, transaction);
      const recovery = ctx.store.accountById(accountId)?.recovery ?? null;
      if (recovery !== null && !mayProve(transaction, recovery.issuerSession)) {
        throw new ApiError(
          'factor_not_found',
          'A recovery code created in this session cannot confirm it is you. Choose another method.',
        );
      }
      const attempt = beginAttempt(ctx, accountId, 'recovery_code');
      const code = parseRecoveryCode(body.code);
      const wrong = 'That recovery code is not right. Check the 16 digits and try again.';
      if (recovery === null || code === undefined || !(await ctx.hasher.verify(recovery.hash, code))) {
        return failAttempt(ctx, attempt, wrong);
      }
      const spent = ctx.store.atomically(() => {
        // Another request may have spent the same code while this one was hashing.
        if (ctx.store.accountById(accountId)?.recovery?.hash !== recovery.hash) return false;
        succeedAttempt(ctx, attempt, { signIn: true });
        ctx.store.setRecoveryCode(accountId, null);
        return true;
      });
      if (!spent) return failAttempt(ctx, attempt, wrong);
      return finishSignIn(ctx, transaction, accountId, ['otp'], { recoveryCodeConsumed: true });
    },
    limit,
  );
}
