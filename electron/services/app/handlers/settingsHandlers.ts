import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `settings.${string}`>>;

const notBuilt = (): never => {
  throw new DeskIdError('internal', 'not built yet');
};

/** The `settings.*` calls (being built). */
export function settingsHandlers(): Handlers {
  return {
    'settings.get': notBuilt,
    'settings.update': notBuilt,
  };
}
