import type { FastifyRequest } from 'fastify';
import { isBridgeRoute } from './registerBridgeRoutes';
import { checkRequestTarget } from './checkRequestTarget';
import { checkHostHeader, checkLaunchSecret, checkOrigin, type Refusal } from './requestGuards';

export interface GuardOptions {
  /** The port the host listens on. */
  port: number;
  /** The launch secret. */
  secret: string;
}

/**
 * Every check a browser-host request passes before any handler runs, in order: a
 * canonical origin-form target (400), a loopback `Host` (403), and, when the route the
 * router matched is a bridge route, the DeskID page as sender (403) and the launch
 * secret (401). The bridge is recognised by the matched route, never by the spelling of
 * the URL, so a request that reaches a bridge handler has passed the bridge's checks.
 */
export function guardRequest(
  request: Pick<FastifyRequest, 'url' | 'method' | 'headers' | 'routeOptions'>,
  { port, secret }: GuardOptions,
): Refusal | null {
  const { headers } = request;
  const refusal = checkRequestTarget(request.url) ?? checkHostHeader(headers.host, port);
  if (refusal !== null || !isBridgeRoute(request.routeOptions.url)) return refusal;
  const fetchSite = headers['sec-fetch-site'];
  return (
    checkOrigin(
      {
        method: request.method,
        origin: headers.origin,
        fetchSite: Array.isArray(fetchSite) ? fetchSite.join(', ') : fetchSite,
      },
      port,
    ) ?? checkLaunchSecret(headers.authorization, secret)
  );
}
