import type { SignedIn } from '../../protocol';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { compliance } from '../auth/compliance';
import { createSession, sessionJson } from '../auth/sessions';
import type { TransactionRecord } from '../store/Store';

/**
 * Ends a transaction whose MFA step was proved. A sign-in gets a new `full` session;
 * a step-up makes the session that asked for it fresh again and answers with its token
 * (it never changes the session's scope: an `enroll` session stays one).
 */
export function finishSignIn(
  ctx: AppContext,
  transaction: TransactionRecord,
  accountId: string,
  amr: readonly string[],
  extra: { recoveryCodeConsumed?: true } = {},
): SignedIn {
  const now = ctx.config.now();
  return ctx.store.atomically(() => {
    ctx.store.deleteTransaction(transaction.idHash);
    const account = ctx.store.accountById(accountId);
    if (account === undefined) throw new ApiError('transaction_not_found', 'This account no longer exists.');
    const warnings = compliance(account, ctx.store.factorsOf(accountId)).missing.includes('recovery_code')
      ? ['recovery_code_required']
      : [];
    const allAmr = [...new Set([...transaction.amr, ...amr])];
    if (transaction.purpose === 'step_up') {
      const session = transaction.sessionHash === null ? undefined : ctx.store.sessionByHash(transaction.sessionHash);
      if (session === undefined || transaction.sessionTokenCipher === null || session.expiresAt <= now) {
        throw new ApiError('transaction_not_found', 'The session this step-up was for has ended. Sign in again.');
      }
      const token = ctx.box.open(transaction.sessionTokenCipher, `step-up:${transaction.idHash}`);
      session.freshUntil = now + ctx.config.limits.freshSeconds * 1000;
      ctx.store.updateSession(session.tokenHash, { freshUntil: session.freshUntil });
      return { status: 'signed_in', session: sessionJson(token, session), amr: allAmr, warnings, ...extra };
    }
    const { token, record } = createSession(ctx, accountId, 'full');
    return { status: 'signed_in', session: sessionJson(token, record), amr: allAmr, warnings, ...extra };
  });
}
