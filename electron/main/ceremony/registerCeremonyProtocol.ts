import { ceremonyPageFileOf } from '../../services/passkeyCeremony/ceremonyPageResponse';

/** The part of a session's `protocol` the ceremony uses. */
export interface CeremonyProtocol {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  isProtocolHandled(scheme: string): boolean;
}

/** Answers a request for one of the ceremony page's files (`/index.html`, `/assets/…`). */
export type CeremonyPageSource = (file: string, request: Request) => Promise<Response>;

/**
 * Makes the ceremony session serve the ceremony page from the app bundle at
 * `<origin>/__deskid-passkey-ceremony/` (`protocol.handle` on the origin's scheme), and
 * nothing else: every other request of the scheme, the ID server's own paths included, is
 * answered 404 here and never goes out (the page needs none; docs/passkey-ceremony.md).
 * Registered once per session (one session per origin).
 */
export function registerCeremonyProtocol(
  protocol: CeremonyProtocol,
  { origin, page }: { origin: string; page: CeremonyPageSource },
): void {
  const scheme = new URL(origin).protocol.slice(0, -1);
  if (protocol.isProtocolHandled(scheme)) return;
  protocol.handle(scheme, (request) => {
    const file = ceremonyPageFileOf(request.url, origin);
    return file === undefined ? new Response(null, { status: 404 }) : page(file, request);
  });
}
