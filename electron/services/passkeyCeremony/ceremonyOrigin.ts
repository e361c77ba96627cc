import { DeskIdError } from '../../contract/DeskIdError';

const loopbackHosts = new Set(['127.0.0.1', '[::1]']);

/**
 * The origin a ceremony for `rpId` runs on, from the ID server's address: the server's own
 * origin when its host is the RP ID or under it; for a server on a loopback address with
 * the RP ID `localhost` (the mock ID server), `http://localhost:<its port>`, the origin it
 * allows by default. Any other pair cannot make a passkey the server would accept.
 */
export function ceremonyOrigin(serverUrl: string, rpId: string): string {
  const server = new URL(serverUrl);
  const host = server.hostname.toLowerCase();
  const rp = rpId.toLowerCase();
  if (host === rp || host.endsWith(`.${rp}`)) return server.origin;
  if (rp === 'localhost' && loopbackHosts.has(host)) {
    return `${server.protocol}//localhost${server.port === '' ? '' : `:${server.port}`}`;
  }
  throw new DeskIdError(
    'server_protocol_error',
    `The ID server at ${server.origin} asks for passkeys for "${rpId}", which does not cover its own address; ` +
      'ask your IT team, or choose another method.',
  );
}
