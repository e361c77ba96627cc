import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { beginAttempt, failAttempt, refundAttempt, succeedAttempt } from '../auth/methodFailures';
import type { FactorRecord } from '../store/Store';
import { checkPhoneCode } from './phoneCodes';
import { checkTotp } from './totp';

/**
 * Proves phone or authenticator factors of one account with a code, for sign-in and for
 * enrollment alike: the attempt is counted before the code is checked (a locked method
 * is refused), a wrong code keeps it counted, a reused TOTP or an expired SMS/voice code
 * gives it back, and a success resets the count (and, for a sign-in, turns disabled methods
 * back on). With several factors (two authenticators) the code may match any.
 * Returns the factor proved and its RFC 8176 `amr` value (`otp`, `sms` or `tel`).
 */
export async function proveWithCode(
  ctx: AppContext,
  factors: readonly FactorRecord[],
  code: string,
  { signIn }: { signIn: boolean },
): Promise<{ factor: FactorRecord; amr: 'otp' | 'sms' | 'tel' }> {
  const first = factors[0];
  if (first === undefined || first.type === 'passkey' || factors.some((f) => f.type !== first.type)) {
    throw new ApiError('invalid_request', 'A passkey has no code; it is verified when it is registered.');
  }
  const method = first.type;
  const attempt = beginAttempt(ctx, first.accountId, method);
  let used = false;
  let expired = false;
  for (const factor of factors) {
    const outcome = method === 'totp' ? await checkTotp(ctx, factor, code) : checkPhoneCode(ctx, factor, code);
    if (outcome === 'ok' || outcome === 'sms' || outcome === 'voice') {
      ctx.store.atomically(() => {
        succeedAttempt(ctx, attempt, { signIn });
        ctx.store.updateFactor(factor.id, { lastUsedAt: ctx.config.now() });
      });
      return { factor, amr: outcome === 'ok' ? 'otp' : outcome === 'sms' ? 'sms' : 'tel' };
    }
    used ||= outcome === 'used';
    expired ||= outcome === 'expired';
  }
  if (used && method === 'totp') {
    refundAttempt(ctx, attempt);
    throw new ApiError(
      'code_already_used',
      'That code was already used. Wait for the next code in your authenticator app.',
    );
  }
  if (used) return failAttempt(ctx, attempt, 'That code was already used. Ask for a new code.');
  if (expired) {
    refundAttempt(ctx, attempt);
    throw new ApiError('code_expired', 'That code has expired. Ask for a new code.');
  }
  return failAttempt(ctx, attempt);
}
