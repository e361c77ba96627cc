import { DeskIdError } from '../../contract';
import { errorReplySchema } from '../../../protocol';

/**
 * Turns an error answer of the ID server into a `DeskIdError` whose code is the
 * protocol's. An answer that is not the contract's error shape is `server_protocol_error`.
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
  return new DeskIdError(code, message, details);
}
