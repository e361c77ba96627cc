import type { Refusal } from './requestGuards';

/** Characters RFC 3986 calls unreserved: escaping them never changes what a path means. */
const unreserved = /[A-Za-z0-9\-._~]/;

/**
 * Accepts only a canonical origin-form request target, so that a path has one spelling
 * and the route the router matches is the route the guards think it is:
 * - it starts with a single `/` (no absolute form `http://host/…`, no `*`, no `//`);
 * - no empty segment except a final one (`/a//b` is refused, `/a/` is not), no `.` or `..`
 *   segment, no `\` and no `#`;
 * - a `%` escape must be well formed and must not stand for an unreserved character, a
 *   `/`, a `\` or a control character: where a plain character would do, it must be plain
 *   (`/%62ridge` and `/bridge%2Fcall` are refused, `/a%20b` is not).
 * The query string (after `?`) does not take part in routing and is not checked.
 */
export function checkRequestTarget(target: string): Refusal | null {
  const queryStart = target.indexOf('?');
  const path = queryStart === -1 ? target : target.slice(0, queryStart);
  if (isCanonicalPath(path)) return null;
  return {
    status: 400,
    code: 'invalid_request',
    reason:
      'DeskID accepts only plain request paths: one leading slash, no empty, "." or ".." parts, no needless % escapes.',
  };
}

function isCanonicalPath(path: string): boolean {
  if (!path.startsWith('/') || path.includes('\\') || path.includes('#')) return false;
  const segments = path.slice(1).split('/');
  return segments.every(
    (segment, index) =>
      (segment !== '' || index === segments.length - 1) &&
      segment !== '.' &&
      segment !== '..' &&
      hasPlainEscapes(segment),
  );
}

function hasPlainEscapes(segment: string): boolean {
  for (let at = segment.indexOf('%'); at !== -1; at = segment.indexOf('%', at + 1)) {
    const hex = segment.slice(at + 1, at + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return false;
    const char = String.fromCharCode(parseInt(hex, 16));
    if (unreserved.test(char) || char === '/' || char === '\\' || char < ' ' || char === '\x7f') return false;
  }
  return true;
}
