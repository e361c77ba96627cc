import type { CallHandlers } from '../../../contract/dispatcher';
import { DeskIdError } from '../../../contract/DeskIdError';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `manage.${string}`>>;

/** The `manage.*` calls. */
export function manageHandlers(state: HostState): Handlers {
  // eslint-disable-next-line @typescript-eslint/no-unused-expressions -- stub until the feature lands
  state;
  const notYet = () => {
    throw new DeskIdError('internal', 'This part of DeskID is not built yet.');
  };
  return new Proxy({}, { get: () => notYet }) as Handlers;
}
