import type { Protocol } from 'electron';
import { readStaticFile } from '../services/app/readStaticFile';
import { securityHeaders } from '../services/app/securityHeaders';

/** `app://deskid/…` serves the built renderer from the app bundle, with the same CSP as the browser host. */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string) {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'deskid' ? await readStaticFile(rendererDir, url.pathname) : null;
    if (file === null) return new Response('Not found', { status: 404, headers: securityHeaders });
    return new Response(new Uint8Array(file.body), {
      headers: { ...securityHeaders, 'content-type': file.contentType },
    });
  });
}
