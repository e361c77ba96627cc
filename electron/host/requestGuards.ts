import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks that protect the browser host's bridge from other local pages and programs.
 * Each answers `null` when the request passes, or the HTTP status, bridge error code and
 * reason to refuse it.
 */
export interface Refusal {
  status: 400 | 401 | 403;
  code: 'invalid_request' | 'unauthorized' | 'forbidden_origin';
  reason: string;
}

/** The `Host` header must name loopback on our port; anything else may be DNS rebinding. */
export function checkHostHeader(host: string | undefined, port: number): Refusal | null {
  if (host === `localhost:${port}` || host === `127.0.0.1:${port}`) return null;
  return { status: 403, code: 'forbidden_origin', reason: `Requests must be addressed to localhost:${port}.` };
}

/** What a request says about the page that sent it. */
export interface RequestSender {
  method: string;
  /** The `Origin` header. */
  origin: string | undefined;
  /** The `Sec-Fetch-Site` header: set by the browser, never by a page. */
  fetchSite: string | undefined;
}

/**
 * Bridge requests must come from the host's own page, never from another site. Browsers
 * name the page in `Origin`, except on a same-origin GET or HEAD: there Chromium sends no
 * `Origin` (so the page's own event stream has none) but does send
 * `Sec-Fetch-Site: same-origin`, a header no page can set or forge. A browser request that
 * says it crosses sites is refused whatever its `Origin`. Programs other than a browser
 * can send any header they like, which is why the launch secret is checked as well.
 */
export function checkOrigin({ method, origin, fetchSite }: RequestSender, port: number): Refusal | null {
  const refusal: Refusal = {
    status: 403,
    code: 'forbidden_origin',
    reason: 'Bridge calls are accepted only from the DeskID page itself.',
  };
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return refusal;
  if (origin === undefined) {
    return fetchSite === 'same-origin' && (method === 'GET' || method === 'HEAD') ? null : refusal;
  }
  return origin === `http://localhost:${port}` || origin === `http://127.0.0.1:${port}` ? null : refusal;
}

/** Compares the presented bearer secret with the launch secret in constant time. */
export function checkLaunchSecret(authorization: string | undefined, secret: string): Refusal | null {
  const presented = authorization?.startsWith('Bearer ') === true ? authorization.slice('Bearer '.length) : '';
  // Hash both sides so the comparison is constant-time whatever the lengths.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(secret).digest();
  if (presented !== '' && timingSafeEqual(a, b)) return null;
  return {
    status: 401,
    code: 'unauthorized',
    reason: 'This request does not carry the launch secret of this DeskID window.',
  };
}
