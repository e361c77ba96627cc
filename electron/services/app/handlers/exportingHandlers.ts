import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `exporting.${string}`>>;

const notBuilt = (): never => {
  throw new DeskIdError('internal', 'not built yet');
};

/** The `exporting.*` calls (being built). */
export function exportingHandlers(): Handlers {
  return {
    'exporting.backup': notBuilt,
    'exporting.restore': notBuilt,
  };
}
