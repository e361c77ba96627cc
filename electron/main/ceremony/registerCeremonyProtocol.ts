import { ceremonyPageFileOf } from '../../services/passkeyCeremony/ceremonyPageResponse';

/** The part of a session's `protocol` the ceremony uses. */
export interface CeremonyProtocol {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
  isProtocolHandled(scheme: string): boolean;
}

/** `net.fetch`: a request that skips this session's own handlers, so it really goes out. */
export type PassThroughFetch = (request: Request, init: { bypassCustomProtocolHandlers: boolean }) => Promise<Response>;

/** Answers a request for one of the ceremony page's files (`/index.html`, `/assets/…`). */
export type CeremonyPageSource = (file: string, request: Request) => Promise<Response>;

/**
 * Makes the ceremony session serve the ceremony page from the app bundle at
 * `<origin>/__deskid-passkey-ceremony/` (`protocol.handle` on the origin's scheme), and
 * only there: every other request, the ID server's own paths included, passes through
 * `net.fetch` untouched. Registered once per session (one session per origin).
 */
export function registerCeremonyProtocol(
  protocol: CeremonyProtocol,
  { origin, page, passThrough }: { origin: string; page: CeremonyPageSource; passThrough: PassThroughFetch },
): void {
  const scheme = new URL(origin).protocol.slice(0, -1);
  if (protocol.isProtocolHandled(scheme)) return;
  protocol.handle(scheme, (request) => {
    const file = ceremonyPageFileOf(request.url, origin);
    return file === undefined ? passThrough(request, { bypassCustomProtocolHandlers: true }) : page(file, request);
  });
}
