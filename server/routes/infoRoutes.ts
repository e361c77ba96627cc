import type { FastifyInstance } from 'fastify';
import { iso, isEnforced, type AppContext } from '../AppContext';
import { ApiError } from '../ApiError';
import { defineRoute } from '../http/defineRoute';

/** `/healthz`, `/api/v1/server-info` and the development outbox. */
export function registerInfoRoutes(app: FastifyInstance, ctx: AppContext, version: string): void {
  defineRoute(app, 'health', () => ({ ok: true }));
  // Phone codes reach a person only through a real sender or the development outbox;
  // with neither, the server does not offer them.
  const phoneCodes = ctx.config.codeSender !== undefined || ctx.config.devOutbox;
  defineRoute(app, 'serverInfo', () => ({
    name: 'DeskID mock ID server',
    version,
    policy: {
      enforceFrom: ctx.config.enforceFrom,
      enforced: isEnforced(ctx),
      methods: phoneCodes ? ['passkey', 'totp', 'phone'] : ['passkey', 'totp'],
      emailRecoveryAllowed: false,
      recoveryCodeRequired: true,
    },
    webauthn: { rpId: ctx.config.rpId, rpName: ctx.config.rpName },
    phone: { defaultCountry: ctx.config.defaultCountry, channels: phoneCodes ? ['sms', 'voice'] : [] },
  }));
  // Off (404) beside a real code sender and on a non-loopback address (see config.ts).
  defineRoute(app, 'devOutbox', ({ query }) => {
    if (!ctx.config.devOutbox) {
      throw new ApiError(
        'invalid_request',
        'The development outbox is off on this server; codes go to real phones.',
        undefined,
        404,
      );
    }
    // A "+" left unencoded in a query string arrives as a space.
    const to = query.to.trim().replace(/^(?!\+)/, '+');
    return ctx.store.outboxFor(to).map((entry) => ({ ...entry, sentAt: iso(entry.sentAt) }));
  });
}
