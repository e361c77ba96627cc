import { BlockList, isIP } from 'node:net';
import type { CodeSender } from './CodeSender';

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/**
 * True when `host` is a loopback listen address: `localhost`, `127.x.y.z`, `::1` (also
 * written `[::1]` or as the IPv4-mapped `::ffff:127.x.y.z`). `0.0.0.0` and `::` listen on
 * every interface, and any other name may resolve anywhere: neither is loopback.
 */
export function isLoopbackHost(host: string): boolean {
  const address = host.replace(/^\[(.*)\]$/, '$1');
  if (/^localhost\.?$/i.test(address)) return true;
  const family = isIP(address);
  if (family === 0) return false;
  return loopback.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Whether the development outbox is on. It serves codes to anyone who asks, so it is
 * never on beside a real code sender or on a non-loopback address. Not asked for
 * (`requested` undefined), it is on exactly when neither applies; asked for where it
 * cannot be, start-up stops with a `TypeError` naming `devOutbox`.
 */
export function resolveDevOutbox({
  requested,
  host,
  codeSender,
}: {
  requested: boolean | undefined;
  host: string;
  codeSender: CodeSender | undefined;
}): boolean {
  const local = isLoopbackHost(host);
  if (requested === true && codeSender !== undefined) {
    throw new TypeError(
      'devOutbox: the development outbox cannot be on beside a real code sender (codeSender); codes go to real phones. Leave devOutbox unset.',
    );
  }
  if (requested === true && !local) {
    throw new TypeError(
      `devOutbox: the development outbox is served only on a loopback address (127.0.0.1, ::1, localhost); this server listens on "${host}". Leave it off, or listen on loopback.`,
    );
  }
  return requested ?? (local && codeSender === undefined);
}
