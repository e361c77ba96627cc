import type { FastifyInstance } from 'fastify';
import { ApiError } from '../ApiError';
import { isEnforced, type AppContext } from '../AppContext';
import { factorJson } from '../factors/factorJson';
import { defineSessionRoute } from '../http/defineRoute';

const notFound = (): ApiError =>
  new ApiError('factor_not_found', 'You have no sign-in method with that id. Reload the list.');

/** Renaming and removing methods (scope `full` only). */
export function registerManageRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineSessionRoute(app, ctx, 'renameFactor', ({ auth, params, body }) => {
    const { account } = auth;
    const factor = ctx.store.factorById(account.id, params.id);
    if (factor === undefined) throw notFound();
    ctx.store.updateFactor(factor.id, { label: body.label });
    return factorJson({ ...factor, label: body.label });
  });

  defineSessionRoute(app, ctx, 'deleteFactor', ({ auth, params }) => {
    const { account } = auth;
    const factor = ctx.store.factorById(account.id, params.id);
    if (factor === undefined) throw notFound();
    ctx.store.atomically(() => {
      const othersVerified = ctx.store.factorsOf(account.id).some((f) => f.verified && f.id !== factor.id);
      if (factor.verified && !othersVerified && isEnforced(ctx)) {
        throw new ApiError('last_method', 'This is your only sign-in method. Add another one before you remove it.');
      }
      ctx.store.deleteFactor(factor.id);
    });
    return undefined;
  });
}
