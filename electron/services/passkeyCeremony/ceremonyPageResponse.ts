import { ceremonyPagePath } from '../../contract/ceremonyPage';
import { readStaticFile } from '../app/readStaticFile';
import { securityHeaders } from '../app/securityHeaders';

/**
 * The ceremony page's policy: its own script and style only, no connections at all (the
 * result leaves through the preload), no framing, no forms.
 */
export const ceremonyPageCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src data:',
  "connect-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The file of the ceremony page a request asks for (`/index.html`, `/assets/…`), or
 * undefined when the request is anything else (another origin, another path on the
 * server's origin): those pass through to the network untouched.
 */
export function ceremonyPageFileOf(url: string, origin: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.origin !== origin || !parsed.pathname.startsWith(ceremonyPagePath)) return undefined;
  return `/${parsed.pathname.slice(ceremonyPagePath.length)}`;
}

/**
 * Answers a request for the ceremony page from the built page in `pageDir` (never from
 * the ID server): GET or HEAD only, files inside the folder only, with the page's CSP.
 */
export async function serveCeremonyPage(pageDir: string, file: string, method: string): Promise<Response> {
  const headers = { ...securityHeaders, 'content-security-policy': ceremonyPageCsp };
  if (method !== 'GET' && method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers });
  const found = await readStaticFile(pageDir, file);
  if (found === null) return new Response('Not found', { status: 404, headers });
  return new Response(method === 'HEAD' ? null : new Uint8Array(found.body), {
    headers: { ...headers, 'content-type': found.contentType },
  });
}
