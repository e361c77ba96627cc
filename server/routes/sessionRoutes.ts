import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../AppContext';
import { authenticate } from '../auth/authenticate';
import { defineRoute } from '../http/defineRoute';
import { mfaChoices, openTransaction } from '../signin/transactions';

/** Step-up and sign-out. */
export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(app, 'stepUp', ({ request }) => {
    const { token, session } = authenticate(ctx, request, 'session');
    const { id } = openTransaction(ctx, {
      accountId: session.accountId,
      purpose: 'step_up',
      amr: [],
      session: { hash: session.tokenHash, token },
    });
    return { transaction: id, ...mfaChoices(ctx, session.accountId, session.tokenHash) };
  });

  defineRoute(app, 'signOut', ({ request }) => {
    const { session } = authenticate(ctx, request, 'session');
    ctx.store.deleteSession(session.tokenHash);
    return undefined;
  });
}
