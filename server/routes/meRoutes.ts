import type { FastifyInstance } from 'fastify';
import { iso, type AppContext } from '../AppContext';
import { isFresh } from '../auth/authenticate';
import { compliance } from '../auth/compliance';
import { factorJson } from '../factors/factorJson';
import { defineSessionRoute } from '../http/defineRoute';
import type { Store } from '../store/Store';

/** `GET /api/v1/me`. */
export function registerMeRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineSessionRoute(
    app,
    ctx,
    'me',
    ({ auth }) => {
      const { account, session, factors } = auth;
      const recovery = account.recovery;
      const { compliant, missing } = compliance(account, factors);
      return {
        accountId: account.id,
        username: account.username,
        displayName: account.displayName,
        session: { scope: session.scope, fresh: isFresh(ctx, session), expiresAt: iso(session.expiresAt) },
        factors: factors.map(factorJson),
        recoveryCode:
          recovery === null
            ? { status: 'none' as const }
            : recovery.confirmedAt === null
              ? { status: 'issued' as const, issuedAt: iso(recovery.issuedAt) }
              : {
                  status: 'confirmed' as const,
                  issuedAt: iso(recovery.issuedAt),
                  confirmedAt: iso(recovery.confirmedAt),
                },
        compliance: { enforceFrom: ctx.config.enforceFrom, compliant, missing },
      };
    },
    // GET /me reads the session, its account and what the factors show in one statement.
    { read: (store: Store, tokenHash: string) => store.sessionWithFactors(tokenHash) },
  );
}
