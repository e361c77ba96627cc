import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { defaultMaxBodyBytes } from '../contract/calls';
import { DeskIdError } from '../contract/DeskIdError';
import type { Dispatch } from '../contract/dispatcher';
import { securityHeaders } from '../services/app/securityHeaders';
import { readStaticFile } from '../services/app/readStaticFile';
import { EventHub } from './eventHub';
import { guardRequest } from './guardRequest';
import { registerBridgeRoutes } from './registerBridgeRoutes';
import { sendFailure, sendRefusal } from './sendFailure';

export interface BrowserHostOptions {
  /** The bridge entry point (from `createDispatcher`). */
  dispatch: Dispatch;
  /** Folder of the built renderer (`dist/renderer`). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed launch secret, for tests; normally random per launch. */
  secret?: string;
  logError?: (message: string, error: unknown) => void;
  /** The pages' event stream; made here unless the caller's handlers emit through it. */
  events?: EventHub;
}

export interface BrowserHost {
  /** The URL to open; its fragment carries the launch secret. */
  url: string;
  port: number;
  events: EventHub;
  close(): Promise<void>;
}

/**
 * Serves the built renderer and the bridge over loopback HTTP. Every request must have a
 * canonical origin-form target and be addressed to loopback on this port; the bridge
 * (every route under `/bridge/`) answers only this page, carrying the per-launch secret.
 * See `guardRequest`.
 */
export async function startBrowserHost({
  dispatch,
  rendererDir,
  port = 0,
  secret = randomBytes(32).toString('base64url'),
  logError = ignoreError,
  events = new EventHub(),
}: BrowserHostOptions): Promise<BrowserHost> {
  // The router's defaults, spelled out because the guards rely on them: paths are matched
  // case-sensitively and `/a//b`, `/a/` are not folded into `/a/b`, `/a`.
  const app = Fastify({
    logger: false,
    // Each bridge call's route sets its own limit (`maxBodyBytes`); everything else gets the default.
    bodyLimit: defaultMaxBodyBytes,
    return503OnClosing: true,
    routerOptions: { caseSensitive: true, ignoreDuplicateSlashes: false, ignoreTrailingSlash: false },
  });
  let boundPort = port;

  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(securityHeaders);
    const refusal = guardRequest(request, { port: boundPort, secret });
    return refusal === null ? undefined : sendRefusal(reply, refusal);
  });

  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    if (error.statusCode === 413) {
      const limit = request.routeOptions.bodyLimit;
      return sendFailure(
        reply,
        413,
        new DeskIdError('payload_too_large', `The request is larger than ${describeBytes(limit)}.`),
      );
    }
    if (error.statusCode !== undefined && error.statusCode < 500) {
      return sendFailure(reply, 400, new DeskIdError('invalid_request', 'The request body must be a JSON object.'));
    }
    logError('browser host request failed', error);
    return sendFailure(reply, 500, new DeskIdError('internal', 'Something went wrong inside DeskID.'));
  });

  registerBridgeRoutes(app, { dispatch, events });

  app.get('/*', async (request, reply) => {
    const file = await readStaticFile(rendererDir, request.url);
    if (file === null) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return reply.type(file.contentType).send(file.body);
  });

  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('The browser host did not bind a TCP port.');
  boundPort = address.port;

  return {
    url: `http://localhost:${boundPort}/#k=${secret}`,
    port: boundPort,
    events,
    async close() {
      events.closeAll();
      await app.close();
    },
  };
}

/** "64 KiB", "10.7 MiB". */
function describeBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function ignoreError(): void {
  // No logger given: the client still gets `internal`.
}
