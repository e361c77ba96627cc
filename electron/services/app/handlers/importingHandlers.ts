import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `importing.${string}`>>;

const notBuilt = (): never => {
  throw new DeskIdError('internal', 'not built yet');
};

/** The `importing.*` calls (being built). */
export function importingHandlers(): Handlers {
  return {
    'importing.preview': notBuilt,
    'importing.commit': notBuilt,
  };
}
