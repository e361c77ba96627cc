import type { Scope } from '../../protocol';
import { iso, type AppContext } from '../AppContext';
import { hashToken, newToken } from '../crypto/tokens';
import type { SessionRecord } from '../store/Store';
import { compliance } from './compliance';

/** A new session for an account. It is fresh for the step-up window from now. */
export function createSession(
  ctx: AppContext,
  accountId: string,
  scope: Scope,
): { token: string; record: SessionRecord } {
  const now = ctx.config.now();
  const token = newToken();
  const seconds = scope === 'full' ? ctx.config.limits.sessionSeconds : ctx.config.limits.enrollSessionSeconds;
  const record: SessionRecord = {
    tokenHash: hashToken(token),
    accountId,
    scope,
    createdAt: now,
    expiresAt: now + seconds * 1000,
    freshUntil: now + ctx.config.limits.freshSeconds * 1000,
  };
  ctx.store.insertSession(record);
  return { token, record };
}

/** The `session` object of sign-in answers. */
export function sessionJson(token: string, record: SessionRecord): { token: string; scope: Scope; expiresAt: string } {
  return { token, scope: record.scope, expiresAt: iso(record.expiresAt) };
}

/**
 * An `enroll` session becomes `full` (and fresh) once its account is compliant.
 * Called after each change that can make it so.
 */
export function upgradeIfCompliant(ctx: AppContext, session: SessionRecord): void {
  if (session.scope !== 'enroll') return;
  const account = ctx.store.accountById(session.accountId);
  if (account === undefined) return;
  if (!compliance(account, ctx.store.factorsOf(account.id)).compliant) return;
  const now = ctx.config.now();
  ctx.store.updateSession(session.tokenHash, {
    scope: 'full',
    freshUntil: now + ctx.config.limits.freshSeconds * 1000,
  });
  session.scope = 'full';
}
