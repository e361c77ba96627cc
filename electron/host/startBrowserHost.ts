import { randomBytes } from 'node:crypto';
import Fastify, { type FastifyReply } from 'fastify';
import type { BridgeResult } from '../contract/bridge';
import { DeskIdError } from '../contract/DeskIdError';
import type { Dispatch } from '../contract/dispatcher';
import { EventHub } from './eventHub';
import { checkHostHeader, checkLaunchSecret, checkOrigin, type Refusal } from './requestGuards';
import { securityHeaders } from '../services/app/securityHeaders';
import { readStaticFile } from '../services/app/readStaticFile';

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
}

export interface BrowserHost {
  /** The URL to open; its fragment carries the launch secret. */
  url: string;
  port: number;
  events: EventHub;
  close(): Promise<void>;
}

const bodyLimit = 64 * 1024;

/**
 * Serves the built renderer and the bridge over loopback HTTP. The bridge answers only
 * requests addressed to loopback on this port, from this page's origin, carrying the
 * per-launch secret.
 */
export async function startBrowserHost({
  dispatch,
  rendererDir,
  port = 0,
  secret = randomBytes(32).toString('base64url'),
  logError = ignoreError,
}: BrowserHostOptions): Promise<BrowserHost> {
  const app = Fastify({ logger: false, bodyLimit, return503OnClosing: true });
  const events = new EventHub();
  let boundPort = port;

  const refuse = (reply: FastifyReply, refusal: Refusal) =>
    reply
      .code(refusal.status)
      .send(failure(new DeskIdError(refusal.status === 401 ? 'unauthorized' : 'forbidden_origin', refusal.reason)));

  app.addHook('onRequest', async (request, reply) => {
    void reply.headers(securityHeaders);
    const refusal = checkHostHeader(request.headers.host, boundPort);
    if (refusal !== null) return refuse(reply, refusal);
    if (request.url.startsWith('/bridge/')) {
      const denied =
        checkOrigin(request.headers.origin, boundPort) ?? checkLaunchSecret(request.headers.authorization, secret);
      if (denied !== null) return refuse(reply, denied);
    }
    return undefined;
  });

  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    if (error.statusCode === 413) {
      return reply.code(413).send(failure(new DeskIdError('payload_too_large', 'The request is larger than 64 KiB.')));
    }
    if (error.statusCode !== undefined && error.statusCode < 500) {
      return reply
        .code(400)
        .send(failure(new DeskIdError('invalid_request', 'The request body must be a JSON object.')));
    }
    logError('browser host request failed', error);
    return reply.code(500).send(failure(new DeskIdError('internal', 'Something went wrong inside DeskID.')));
  });

  app.post<{ Params: { name: string } }>('/bridge/call/:name', async (request, reply) => {
    const result = await dispatch(request.params.name, request.body ?? {});
    return reply.code(statusFor(result)).send(result);
  });

  app.get('/bridge/events', (_request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
    });
    reply.raw.write(': connected\n\n');
    events.attach(reply.raw);
  });

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

function ignoreError(): void {
  // No logger given: the client still gets `internal`.
}

function failure(error: DeskIdError): BridgeResult {
  return { ok: false, error: error.toJSON() };
}

function statusFor(result: BridgeResult): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'invalid_request':
      return 400;
    case 'unknown_call':
      return 404;
    case 'internal':
      return 500;
    default:
      return 200;
  }
}
