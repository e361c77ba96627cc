import type { FastifyInstance } from 'fastify';
import { ApiError } from '../ApiError';
import { iso, type AppContext } from '../AppContext';
import { storedAccount } from '../auth/authenticate';
import { beginAttempt, failAttempt, succeedAttempt } from '../auth/methodFailures';
import { changeAccountAs } from '../auth/sessions';
import { generateRecoveryCode } from '../crypto/recoveryCode';
import { safeEqual } from '../crypto/tokens';
import { defineSessionRoute } from '../http/defineRoute';

const notIssued = (): ApiError =>
  new ApiError('recovery_code_not_issued', 'You have no recovery code yet. Create one first.');

/** An `enroll` session may issue a recovery code only while the account has no confirmed one. */
function refuseIfConfirmed(recovery: { confirmedAt: number | null } | null): void {
  if (recovery?.confirmedAt != null) {
    throw new ApiError(
      'forbidden_scope',
      'Your recovery code is already confirmed. Sign in with your method to create a new one.',
    );
  }
}

/** Issuing, downloading and confirming the recovery code. */
export function registerRecoveryCodeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const aad = (accountId: string): string => `recovery:${accountId}`;

  defineSessionRoute(app, ctx, 'issueRecoveryCode', async ({ auth }) => {
    const { account, session } = auth;
    const enroll = session.scope === 'enroll';
    if (enroll) refuseIfConfirmed(account.recovery);
    const code = generateRecoveryCode();
    const hash = await ctx.hasher.hash(code);
    const issuedAt = ctx.config.now();
    changeAccountAs(ctx, session, () => {
      // Checked again: another request may have confirmed a code while this one was hashing.
      if (enroll) refuseIfConfirmed(ctx.store.accountById(account.id)?.recovery ?? null);
      ctx.store.setRecoveryCode(account.id, {
        hash,
        cipher: ctx.box.seal(code, aad(account.id)),
        issuedAt,
        confirmedAt: null,
        issuerSession: session.tokenHash,
      });
      ctx.store.resetFailures(account.id, ['recovery_code']);
    });
    return { code, issuedAt: iso(issuedAt) };
  });

  defineSessionRoute(app, ctx, 'getRecoveryCode', ({ auth }) => {
    const { session } = auth;
    const account = storedAccount(ctx, auth);
    const recovery = account.recovery;
    if (recovery === null) throw notIssued();
    // A full session is fresh (the table's `fresh`); an enroll session must be the issuer.
    if (session.scope === 'enroll' && recovery.issuerSession !== session.tokenHash) {
      throw new ApiError(
        'forbidden_scope',
        'Only the session that created the recovery code can download it before setup is finished.',
      );
    }
    return { code: ctx.box.open(recovery.cipher, aad(account.id)), issuedAt: iso(recovery.issuedAt) };
  });

  defineSessionRoute(app, ctx, 'confirmRecoveryCode', ({ auth, body }) => {
    const { session } = auth;
    const account = storedAccount(ctx, auth);
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
    changeAccountAs(ctx, session, () => {
      succeedAttempt(ctx, attempt, { signIn: false });
      ctx.store.confirmRecoveryCode(account.id, ctx.config.now());
    });
    return { status: 'confirmed' as const };
  });
}
