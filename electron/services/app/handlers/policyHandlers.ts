import type { CallHandlers } from '../../../contract/dispatcher';
import { describePolicy } from '../../policy/describePolicy';
import { readEffectivePolicy } from '../../policy/readEffectivePolicy';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `policy.${string}`>>;

/** The `policy.*` calls: the settings in force (machine policy over the person's own), for the About page and the locked settings. */
export function policyHandlers({ context }: HostState): Handlers {
  return {
    'policy.get': async () => describePolicy(await readEffectivePolicy(context.dataDir, context.policy)),
  };
}
