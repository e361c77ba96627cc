import type { Scope } from '../../protocol';
import { iso, type AppContext } from '../AppContext';
import { hashToken, newToken } from '../crypto/tokens';
import type { SessionRecord } from '../store/Store';
import { sessionEnded } from './authenticate';
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

function isCompliant(ctx: AppContext, accountId: string): boolean {
  const account = ctx.store.accountById(accountId);
  return account !== undefined && compliance(account, ctx.store.factorsOf(accountId)).compliant;
}

/**
 * Makes a change to the session's account that can make it compliant (a method verified,
 * the recovery code confirmed), in one transaction. The session is read again first: one
 * revoked or ended while this request was in flight gets `401 unauthorized` and changes
 * nothing. When this change is the one that made the account compliant, the session, if
 * `enroll`, becomes `full` and fresh, and every other `enroll` session of the account is
 * revoked: a password-only session never outlives compliance, and no request made after
 * the account was compliant upgrades a session.
 */
export function changeAccountAs<T>(ctx: AppContext, session: SessionRecord, change: () => T): T {
  return ctx.store.atomically(() => {
    const now = ctx.config.now();
    const current = ctx.store.sessionByHash(session.tokenHash);
    if (current === undefined || current.expiresAt <= now) throw sessionEnded();
    const wasCompliant = isCompliant(ctx, current.accountId);
    const result = change();
    if (wasCompliant || !isCompliant(ctx, current.accountId)) return result;
    const keep = current.scope === 'enroll' ? current.tokenHash : null;
    ctx.store.deleteEnrollSessions(current.accountId, keep);
    if (keep !== null) {
      ctx.store.updateSession(keep, { scope: 'full', freshUntil: now + ctx.config.limits.freshSeconds * 1000 });
    }
    return result;
  });
}
