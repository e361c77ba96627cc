import { DeskIdError } from '../../contract/DeskIdError';

/** Hosts that never leave this computer, where plain http cannot be read by others. */
function isLoopback(hostname: string): boolean {
  // The URL parser has already normalised IPv4 (`127.1` → `127.0.0.1`) and IPv6 (`[::1]`).
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * Checks an ID server's address and answers its base URL (origin and path, without a
 * trailing slash). It must be an `https:` URL without a user name or password; plain
 * `http:` is accepted only on loopback (`localhost`, 127.0.0.0/8, `::1`), where the mock
 * server and tests run, because sign-in passwords and recovery codes travel over it.
 * Anything else is `invalid_request`, with a message that says what to use instead.
 * Every way to reach an ID server (`createIdServerClient`, `deskid doctor`), and every place
 * that stores or takes one (a profile's link, the browser host's `--server`), goes through it.
 * `field` names the input in the error's details.
 */
export function parseServerUrl(address: string, field = 'server'): string {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new DeskIdError(
      'invalid_request',
      'The ID server address is not a URL. Use the form https://id.example.org.',
      { field },
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new DeskIdError(
      'invalid_request',
      'The ID server address must not hold a user name or password. Use the form https://id.example.org.',
      { field },
    );
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
  if (!secure) {
    const suggestion = url.protocol === 'http:' ? `https://${url.host}` : 'https://id.example.org';
    throw new DeskIdError(
      'invalid_request',
      url.protocol === 'http:'
        ? `DeskID reaches an ID server over https only: plain http would let others on the network read sign-in passwords. Use ${suggestion} (http is allowed only for a server on this computer: localhost, 127.0.0.1 or ::1).`
        : `The ID server address must start with https://, for example ${suggestion}.`,
      { field, protocol: url.protocol },
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
