import { DeskIdError } from '../../contract';

/**
 * Fetch options under which a redirect is never followed: the 3xx answer itself comes
 * back. The protocol never redirects, and following one would re-send a request (a `307`
 * or `308` keeps the method and the body, a password included) to whatever address the
 * answer names, plain http and another host included, around the https-only rule of
 * `parseServerUrl`.
 */
export const noRedirects = { redirect: 'manual' } as const satisfies RequestInit;

/** True for a redirect answer (3xx), which DeskID refuses (`redirectRefused`). */
export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/**
 * The error for a redirect answer: `server_protocol_error`, saying that the server
 * redirected and that nothing was sent on. The target address is not repeated (it is the
 * server's text, and could be anything).
 */
export function redirectRefused(status: number): DeskIdError {
  return new DeskIdError(
    'server_protocol_error',
    `The ID server answered ${status}, a redirect to another address. DeskID does not follow redirects, so nothing was sent there: set the ID server's own https address.`,
    { status },
  );
}
