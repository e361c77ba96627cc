import type { FastifyInstance } from 'fastify';
import type { AppContext } from './AppContext';
import { buildApp, type ServedRoute } from './buildApp';
import { resolveConfig, type ServerOptions } from './config';
import { seedDemo } from './seed/seedDemo';

/** A running mock ID server. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>` (or the host it listens on). */
  url: string;
  port: number;
  /** Stops accepting requests, finishes those in flight, closes the store. */
  close(): Promise<void>;
  /** For in-process tools and tests: the Fastify app and the handlers' context. */
  app: FastifyInstance;
  ctx: AppContext;
  /** Every method and URL the server answers. */
  routes: ServedRoute[];
}

/**
 * Starts the mock ID server in this process. Options are checked first; a bad one
 * throws a `TypeError` naming it. `port: 0` picks a free port.
 *
 * @example
 * const server = await startServer({ port: 0, origins: ['http://localhost:5173'], seed: 'demo' });
 * // ... server.url ...
 * await server.close();
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const config = resolveConfig(options);
  const { app, ctx, served } = await buildApp(config);
  if (config.seed === 'demo') await seedDemo(ctx);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  config.port = port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return { url: `http://${host}:${port}`, port, close: () => app.close(), app, ctx, routes: served };
}
