import type { FastifyInstance } from 'fastify';
import { ApiError } from '../ApiError';
import { iso, type AppContext } from '../AppContext';
import { authenticate, authenticateWithStoredAccount, requireFresh } from '../auth/authenticate';
import { beginAttempt, failAttempt, succeedAttempt } from '../auth/methodFailures';
import { upgradeIfCompliant } from '../auth/sessions';
import { generateRecoveryCode } from '../crypto/recoveryCode';
import { safeEqual } from '../crypto/tokens';
import { defineRoute } from '../http/defineRoute';

const notIssued = (): ApiError =>
  new ApiError('recovery_code_not_issued', 'You have no recovery code yet. Create one first.');

/** Issuing, downloading and confirming the recovery code. */
export function registerRecoveryCodeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const aad = (accountId: string): string => `recovery:${accountId}`;

  defineRoute(app, 'issueRecoveryCode', async ({ request }) => {
    const { account, session } = authenticate(ctx, request, 'session');
    if (session.scope === 'full') requireFresh(ctx, session);
    const code = generateRecoveryCode();
    const hash = await ctx.hasher.hash(code);
    const issuedAt = ctx.config.now();
    ctx.store.atomically(() => {
      ctx.store.setRecoveryCode(account.id, {
        hash,
        cipher: ctx.box.seal(code, aad(account.id)),
        issuedAt,
        confirmedAt: null,
        issuerSession: session.scope === 'enroll' ? session.tokenHash : null,
      });
      ctx.store.resetFailures(account.id, ['recovery_code']);
    });
    return { code, issuedAt: iso(issuedAt) };
  });

  defineRoute(app, 'getRecoveryCode', ({ request }) => {
    const { session, account } = authenticateWithStoredAccount(ctx, request, 'session');
    const recovery = account.recovery;
    if (recovery === null) throw notIssued();
    if (session.scope === 'full') {
      requireFresh(ctx, session);
    } else if (recovery.issuerSession !== session.tokenHash) {
      throw new ApiError(
        'forbidden_scope',
        'Only the session that created the recovery code can download it before setup is finished.',
      );
    }
    return { code: ctx.box.open(recovery.cipher, aad(account.id)), issuedAt: iso(recovery.issuedAt) };
  });

  defineRoute(app, 'confirmRecoveryCode', ({ request, body }) => {
    const { session, account } = authenticateWithStoredAccount(ctx, request, 'session');
    const recovery = account.recovery;
    if (recovery === null) throw notIssued();
    // Wrong digits count like wrong codes, before they are compared (see beginAttempt).
    const attempt = beginAttempt(ctx, account.id, 'recovery_confirm');
    const code = ctx.box.open(recovery.cipher, aad(account.id));
    if (!safeEqual(code.slice(-4), body.lastDigits)) {
      failAttempt(
        ctx,
        attempt,
        'Those are not the last 4 digits of your recovery code. Look at the saved code and try again.',
        'recovery_code_mismatch',
      );
    }
    ctx.store.atomically(() => {
      succeedAttempt(ctx, attempt);
      ctx.store.confirmRecoveryCode(account.id, ctx.config.now());
    });
    upgradeIfCompliant(ctx, session);
    return { status: 'confirmed' as const };
  });
}
