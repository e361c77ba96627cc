import type { FastifyRequest } from 'fastify';
import type { RouteAuth } from '../../protocol';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { hashToken } from '../crypto/tokens';
import type { AccountRecord, FactorSummary, SessionAccount, SessionRecord, SessionView } from '../store/Store';

/** The session a request proved with its bearer token. */
export interface Authed {
  token: string;
  session: SessionRecord;
  account: SessionAccount;
}

type Need = Exclude<RouteAuth, 'none'>;

/** The token of `Authorization: Bearer <token>`, or `401 unauthorized`. */
function bearerToken(request: FastifyRequest): string {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(request.headers.authorization ?? '');
  if (match?.[1] === undefined) {
    throw new ApiError('unauthorized', 'Sign in first: this needs a session token (Authorization: Bearer <token>).');
  }
  return match[1];
}

/** `401 unauthorized` for a session that was not found, has ended or was revoked. */
export const sessionEnded = (): ApiError =>
  new ApiError('unauthorized', 'Your session has ended or is not valid. Sign in again.');

/**
 * Refuses a session that was not found or has ended (`401 unauthorized`) and, on `full`
 * routes, an `enroll` session (`403 forbidden_scope`).
 */
function checkSession<V extends SessionView>(ctx: AppContext, need: Need, found: V | undefined): V {
  if (found === undefined || found.session.expiresAt <= ctx.config.now()) throw sessionEnded();
  if (need === 'full' && found.session.scope !== 'full') {
    throw new ApiError(
      'forbidden_scope',
      'Finish setting up a sign-in method and confirming your recovery code before managing your methods.',
    );
  }
  return found;
}

/** The session a request's bearer token proves (stored as its hash), with its account. */
export function authenticate(ctx: AppContext, request: FastifyRequest, need: Need): Authed {
  const token = bearerToken(request);
  const { session, account } = checkSession(ctx, need, ctx.store.sessionWithAccount(hashToken(token)));
  return { token, session, account };
}

/** The same, with what the account's factors show, read in the same statement (for GET /me). */
export function authenticateWithFactors(
  ctx: AppContext,
  request: FastifyRequest,
  need: Need,
): Authed & { factors: FactorSummary[] } {
  const token = bearerToken(request);
  const { session, account, factors } = checkSession(ctx, need, ctx.store.sessionWithFactors(hashToken(token)));
  return { token, session, account, factors };
}

/**
 * The same, with the whole stored account, secrets included, for the few routes that use
 * them (a second read: the session's own read leaves the secrets out).
 */
export function authenticateWithStoredAccount(
  ctx: AppContext,
  request: FastifyRequest,
  need: Need,
): { token: string; session: SessionRecord; account: AccountRecord } {
  const { token, session, account: seen } = authenticate(ctx, request, need);
  const account = ctx.store.accountById(seen.id);
  if (account === undefined) throw sessionEnded();
  return { token, session, account };
}

/** True while the session is within its step-up window. */
export function isFresh(ctx: AppContext, session: SessionRecord): boolean {
  return session.freshUntil > ctx.config.now();
}

/** In a `full` session, refuses one outside its step-up window; an `enroll` session passes. */
export function requireFreshIfFull(ctx: AppContext, session: SessionRecord): void {
  if (session.scope === 'full') requireFresh(ctx, session);
}

/** Refuses a session outside its step-up window with `401 step_up_required`. */
export function requireFresh(ctx: AppContext, session: SessionRecord): void {
  if (!isFresh(ctx, session)) {
    throw new ApiError(
      'step_up_required',
      'For your safety, confirm it is you with one of your sign-in methods first, then try again.',
    );
  }
}
