import type { FastifyInstance } from 'fastify';
import type { BridgeResult } from '../contract/bridge';
import { calls, maxBodyBytesOf, type CallName } from '../contract/calls';
import { DeskIdError } from '../contract/DeskIdError';
import type { Dispatch } from '../contract/dispatcher';
import { securityHeaders } from '../services/app/securityHeaders';
import type { EventHub } from './eventHub';
import { sendFailure } from './sendFailure';

const bridgePrefix = '/bridge/';

/** True for a route pattern of the bridge (as registered, e.g. `/bridge/call/:name`). */
export function isBridgeRoute(routeUrl: string | undefined): boolean {
  return routeUrl?.startsWith(bridgePrefix) === true;
}

export interface BridgeRoutesOptions {
  dispatch: Dispatch;
  events: EventHub;
}

/**
 * Registers the bridge over HTTP: `POST /bridge/call/<name>` for each call of the contract
 * (with that call's body limit), `GET /bridge/events` (a
 * server-sent event stream) and, for every other method and path under `/bridge/`, a
 * catch-all that answers `unknown_call`. The catch-all makes every request under the
 * prefix match a bridge route, so the guard (`guardRequest`, which recognises bridge
 * routes by their pattern) runs before it is answered, 404s included.
 */
export function registerBridgeRoutes(app: FastifyInstance, { dispatch, events }: BridgeRoutesOptions): void {
  // One route per call, each with its own body limit (the contract's `maxBodyBytes`), so a
  // large body is read only for a call that takes a file. Other names fall to the catch-all.
  for (const name of Object.keys(calls) as CallName[]) {
    app.post(`${bridgePrefix}call/${name}`, { bodyLimit: maxBodyBytesOf(name) }, async (request, reply) => {
      const result = await dispatch(name, request.body ?? {});
      return reply.code(statusFor(result)).send(result);
    });
  }

  // No HEAD twin: a stream that may send no body would hold the connection open for nothing.
  app.get(`${bridgePrefix}events`, { exposeHeadRoute: false }, (_request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, {
      ...securityHeaders,
      'content-type': 'text/event-stream; charset=utf-8',
      connection: 'keep-alive',
    });
    reply.raw.write(': connected\n\n');
    events.attach(reply.raw);
  });

  app.all(`${bridgePrefix}*`, (_request, reply) =>
    sendFailure(reply, 404, new DeskIdError('unknown_call', 'There is no such bridge address.')),
  );
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
