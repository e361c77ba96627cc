import rateLimit from '@fastify/rate-limit';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import pino from 'pino';
import { ApiError } from './ApiError';
import type { AppContext } from './AppContext';
import type { ServerConfig } from './config';
import { loadSecretKey } from './crypto/loadSecretKey';
import { PasswordHasher } from './crypto/passwordHasher';
import { SecretBox } from './crypto/SecretBox';
import { registerErrorHandler } from './http/errorHandler';
import { registerJsonBody } from './http/jsonBody';
import { lazyChildren } from './http/lazyLogger';
import { rateLimitStore } from './http/rateLimitStore';
import { buildOpenApi } from './openapi/buildOpenApi';
import { DevOutboxSender } from './phone/DevOutboxSender';
import { NoCodeSender } from './phone/NoCodeSender';
import { registerAccountRoutes } from './routes/accountRoutes';
import { registerEnrollRoutes } from './routes/enrollRoutes';
import { registerInfoRoutes } from './routes/infoRoutes';
import { registerManageRoutes } from './routes/manageRoutes';
import { registerMeRoutes } from './routes/meRoutes';
import { registerMfaSignIn } from './routes/mfaSignInRoutes';
import { registerPasskeyEnroll } from './routes/passkeyEnrollRoutes';
import { registerPasskeySignIn } from './routes/passkeySignInRoutes';
import { registerPasswordSignIn } from './routes/passwordSignInRoutes';
import { registerRecoveryCodeRoutes } from './routes/recoveryCodeRoutes';
import { registerSessionRoutes } from './routes/sessionRoutes';
import { SqliteStore } from './store/SqliteStore';
import { serverVersion } from './serverVersion';

/** A method and URL the app answers (Fastify syntax, `:id`). */
export interface ServedRoute {
  method: string;
  url: string;
}

/** Log paths that may hold secrets; pino replaces them before a line is written. */
export const redactPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.password',
  '*.code',
  '*.token',
  '*.secret',
  '*.lastDigits',
  '*.transaction',
  'body',
  'req.body',
];

/** The Fastify app with every route of the protocol, and the context its handlers share. */
export async function buildApp(
  config: ServerConfig,
): Promise<{ app: FastifyInstance; ctx: AppContext; served: ServedRoute[] }> {
  const app = Fastify({
    bodyLimit: 64 * 1024,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    // Request lines are info-level; below that level, skip building them at all.
    logController: new LogController({ disableRequestLogging: !['info', 'debug', 'trace'].includes(config.logLevel) }),
    loggerInstance: lazyChildren(
      pino({ level: config.logLevel, redact: { paths: redactPaths, censor: '[redacted]' } }, config.logStream),
    ),
  });
  const served: ServedRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') served.push({ method, url: route.url });
    }
  });
  const store = new SqliteStore(config.db);
  app.addHook('onClose', () => store.close());
  const keyFile =
    config.secretKeyFile ??
    (config.db === ':memory:' ? undefined : path.join(path.dirname(path.resolve(config.db)), 'server.key'));
  const ctx: AppContext = {
    config,
    store,
    box: new SecretBox(loadSecretKey(keyFile)),
    hasher: new PasswordHasher(config.argon2),
    sender:
      config.codeSender ?? (config.devOutbox ? new DevOutboxSender(store, config.now) : new NoCodeSender(app.log)),
    log: app.log,
  };
  registerJsonBody(app);
  registerErrorHandler(app);
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    void reply.header('cache-control', 'no-store');
    done();
  });
  await app.register(rateLimit, {
    global: false,
    store: rateLimitStore(store, config.now),
    keyGenerator: (request) => request.ip,
    errorResponseBuilder: (_request, context) =>
      new ApiError('rate_limited', 'Too many attempts from this address. Wait a minute, then try again.', {
        retryAfter: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });
  registerInfoRoutes(app, ctx, serverVersion);
  registerAccountRoutes(app, ctx);
  registerPasswordSignIn(app, ctx);
  registerMfaSignIn(app, ctx);
  registerPasskeySignIn(app, ctx);
  registerSessionRoutes(app, ctx);
  registerMeRoutes(app, ctx);
  registerEnrollRoutes(app, ctx);
  registerPasskeyEnroll(app, ctx);
  registerManageRoutes(app, ctx);
  registerRecoveryCodeRoutes(app, ctx);
  const openapi = buildOpenApi(serverVersion);
  app.get('/api/v1/openapi.json', (_request, reply) => reply.send(openapi));
  const purge = setInterval(() => store.purgeExpired(config.now()), 60_000);
  purge.unref();
  app.addHook('onClose', () => clearInterval(purge));
  return { app, ctx, served };
}
