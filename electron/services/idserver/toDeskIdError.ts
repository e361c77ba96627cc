import { DeskIdError } from '../../contract';
import { errorReplySchema } from '../../../protocol';
import { stripUnsafeCharacters } from '../text/unsafeText';

/**
 * Turns an error answer of the ID server into a `DeskIdError` whose code is the
 * protocol's. An answer that is not the contract's error shape is `server_protocol_error`.
 * The server's message is shown to a person (on a terminal, too), so its control
 * characters, escape sequences' introducers and bidi controls become single spaces.
 */
export function toDeskIdError(status: number, body: unknown): DeskIdError {
  const parsed = errorReplySchema.safeParse(body);
  if (!parsed.success) {
    return new DeskIdError(
      'server_protocol_error',
      `The ID server answered ${status} in a form DeskID does not understand.`,
      { status },
    );
  }
  const { code, message, details } = parsed.data.error;
  const shown = stripUnsafeCharacters(message, { replaceWith: ' ' }).replace(/ {2,}/g, ' ').trim();
  return new DeskIdError(code, shown === '' ? `The ID server refused the request (${code}).` : shown, details);
}
