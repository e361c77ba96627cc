import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `adding.${string}`>>;

const notBuilt = (): never => {
  throw new DeskIdError('internal', 'not built yet');
};

/** The `adding.*` calls (being built). */
export function addingHandlers(): Handlers {
  return {
    'adding.fromUri': notBuilt,
    'adding.fromImage': notBuilt,
    'adding.manual': notBuilt,
  };
}
