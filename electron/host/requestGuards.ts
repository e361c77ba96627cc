import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Checks that protect the browser host's bridge from other local pages and programs.
 * Each answers `null` when the request passes, or the HTTP status and reason to refuse it.
 */
export interface Refusal {
  status: 401 | 403;
  reason: string;
}

/** The `Host` header must name loopback on our port; anything else may be DNS rebinding. */
export function checkHostHeader(host: string | undefined, port: number): Refusal | null {
  if (host === `localhost:${port}` || host === `127.0.0.1:${port}`) return null;
  return { status: 403, reason: `Requests must be addressed to localhost:${port}.` };
}

/** Bridge calls must come from the host's own page, never from another site. */
export function checkOrigin(origin: string | undefined, port: number): Refusal | null {
  if (origin === `http://localhost:${port}` || origin === `http://127.0.0.1:${port}`) return null;
  return { status: 403, reason: 'Bridge calls are accepted only from the DeskID page itself.' };
}

/** Compares the presented bearer secret with the launch secret in constant time. */
export function checkLaunchSecret(authorization: string | undefined, secret: string): Refusal | null {
  const presented = authorization?.startsWith('Bearer ') === true ? authorization.slice('Bearer '.length) : '';
  // Hash both sides so the comparison is constant-time whatever the lengths.
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(secret).digest();
  if (presented !== '' && timingSafeEqual(a, b)) return null;
  return { status: 401, reason: 'This request does not carry the launch secret of this DeskID window.' };
}
