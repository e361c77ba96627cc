import type { AppContext } from '../AppContext';

/**
 * What the handlers share in one host process: the context and (to come) the ID-server
 * session service and the unlocked profiles.
 */
export interface HostState {
  context: AppContext;
}

export function createHostState(context: AppContext): HostState {
  return { context };
}
