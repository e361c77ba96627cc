import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `codes.${string}`>>;

const notBuilt = (): never => {
  throw new DeskIdError('internal', 'not built yet');
};

/** The `codes.*` calls (being built). */
export function codesHandlers(): Handlers {
  return {
    'codes.list': notBuilt,
    'codes.reveal': notBuilt,
    'codes.copy': notBuilt,
    'codes.nextHotp': notBuilt,
    'codes.rename': notBuilt,
    'codes.reorder': notBuilt,
    'codes.remove': notBuilt,
  };
}
