import type { FastifyRequest } from 'fastify';
import type { RouteAuth } from '../../protocol';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { hashToken } from '../crypto/tokens';
import type { AccountRecord, SessionAccount, SessionRecord } from '../store/Store';

/** The session a request proved with its bearer token. */
export interface Authed {
  token: string;
  session: SessionRecord;
  account: SessionAccount;
}

/**
 * Checks `Authorization: Bearer <token>` against the stored session hashes.
 * `full` routes refuse an `enroll` session with `403 forbidden_scope`.
 */
export function authenticate(ctx: AppContext, request: FastifyRequest, need: Exclude<RouteAuth, 'none'>): Authed {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  if (match?.[1] === undefined) {
    throw new ApiError('unauthorized', 'Sign in first: this needs a session token (Authorization: Bearer <token>).');
  }
  const token = match[1];
  const found = ctx.store.sessionWithAccount(hashToken(token));
  if (found === undefined || found.session.expiresAt <= ctx.config.now()) {
    throw new ApiError('unauthorized', 'Your session has ended or is not valid. Sign in again.');
  }
  const { session, account } = found;
  if (need === 'full' && session.scope !== 'full') {
    throw new ApiError(
      'forbidden_scope',
      'Finish setting up a sign-in method and confirming your recovery code before managing your methods.',
    );
  }
  return { token, session, account };
}

/** The whole stored account behind a session, secrets included, for the routes that use them. */
export function storedAccount(ctx: AppContext, authed: Authed): AccountRecord {
  const account = ctx.store.accountById(authed.account.id);
  if (account === undefined) {
    throw new ApiError('unauthorized', 'Your session has ended or is not valid. Sign in again.');
  }
  return account;
}

/** True while the session is within its step-up window. */
export function isFresh(ctx: AppContext, session: SessionRecord): boolean {
  return session.freshUntil > ctx.config.now();
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
