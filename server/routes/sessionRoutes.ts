import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../AppContext';
import { defineSessionRoute } from '../http/defineRoute';
import { mfaChoices, openTransaction } from '../signin/transactions';

/** Step-up and sign-out. */
export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineSessionRoute(app, ctx, 'stepUp', ({ auth }) => {
    const { token, session } = auth;
    const { id } = openTransaction(ctx, {
      accountId: session.accountId,
      purpose: 'step_up',
      amr: [],
      session: { hash: session.tokenHash, token },
    });
    return { transaction: id, ...mfaChoices(ctx, session.accountId, session.tokenHash) };
  });

  defineSessionRoute(app, ctx, 'signOut', ({ auth }) => {
    const { session } = auth;
    ctx.store.deleteSession(session.tokenHash);
    return undefined;
  });
}
