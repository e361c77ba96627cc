import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../ApiError';
import type { AppContext } from '../AppContext';
import { newId } from '../crypto/tokens';
import { defineRoute } from '../http/defineRoute';
import { checkNewPassword, normaliseUsername } from './accountRules';

/** `POST /api/v1/accounts`, at most `limits.accountsPerMinute` attempts a minute per client address. */
export function registerAccountRoutes(app: FastifyInstance, ctx: AppContext): void {
  defineRoute(
    app,
    'createAccount',
    async ({ body }) => {
      const username = normaliseUsername(body.username);
      checkNewPassword(body.password, username);
      if (ctx.store.accountByUsername(username) !== undefined) {
        throw new ApiError('username_taken', `The username "${username}" is taken. Choose another.`);
      }
      const passwordHash = await ctx.hasher.hash(body.password);
      const id = newId('acc');
      try {
        ctx.store.insertAccount({
          id,
          username,
          displayName: body.displayName,
          email: body.email ?? null,
          passwordHash,
          webauthnUserId: randomBytes(32).toString('base64url'),
          createdAt: ctx.config.now(),
          passwordFailures: 0,
          lockedUntil: 0,
          recovery: null,
        });
      } catch (error) {
        if (error instanceof Error && error.message.includes('UNIQUE constraint failed: accounts.username')) {
          throw new ApiError('username_taken', `The username "${username}" is taken. Choose another.`);
        }
        throw error;
      }
      return { accountId: id, username };
    },
    { perMinute: ctx.config.limits.accountsPerMinute },
  );
}
