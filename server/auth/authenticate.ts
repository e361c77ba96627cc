import type { FastifyRequest } from 'fastify';
import type { RouteAuth } from '../../protocol';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { hashToken } from '../crypto/tokens';
import type { AccountRecord, SessionAccount, SessionRecord, SessionView } from '../store/Store';

/** The session a request proved with its bearer token, as its route read it. */
export type Authed<V extends SessionView = SessionView> = V & { token: string };

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

/**
 * Enforces a route's `auth` and `fresh` (from `protocol/routes`): the bearer token's
 * session, read with `read` (one statement), must exist and not have ended
 * (`401 unauthorized`), be `full` on a `full` route (`403 forbidden_scope`), and, when
 * `full` on a `fresh` route, be within its step-up window (`401 step_up_required`).
 */
export function authorize<V extends SessionView>(
  ctx: AppContext,
  request: FastifyRequest,
  spec: { auth: Need; fresh?: true },
  read: (store: AppContext['store'], tokenHash: string) => V | undefined,
): Authed<V> {
  const token = bearerToken(request);
  const found = checkSession(ctx, spec.auth, read(ctx.store, hashToken(token)));
  if (spec.fresh === true) requireFreshIfFull(ctx, found.session);
  return { ...found, token };
}

/**
 * The whole stored account of a session, secrets included, for the few routes that use
 * them (a second read: the session's own read leaves the secrets out).
 */
export function storedAccount(ctx: AppContext, auth: { account: SessionAccount }): AccountRecord {
  const account = ctx.store.accountById(auth.account.id);
  if (account === undefined) throw sessionEnded();
  return account;
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
