import type { CallOutput } from '../../../contract/calls';
import type { CallHandlers } from '../../../contract/dispatcher';
import { policyDefinitions, policyKeys } from '../../policy/policySchema';
import { readEffectivePolicy } from '../../policy/readEffectivePolicy';
import type { EffectivePolicy } from '../../policy/resolvePolicy';
import type { HostState } from './HostState';

type Handlers = Pick<CallHandlers, Extract<keyof CallHandlers, `policy.${string}`>>;

/** The `policy.*` calls: the settings in force (machine policy over the person's own), for the About page and the locked settings. */
export function policyHandlers({ context }: HostState): Handlers {
  return {
    'policy.get': async () => describePolicy(await readEffectivePolicy(context.dataDir, context.policy)),
  };
}

/** The effective policy as the bridge answers it, every setting in the schema's order. */
export function describePolicy(policy: EffectivePolicy): CallOutput<'policy.get'> {
  return {
    settings: policyKeys.map((name) => {
      const origin = policy.origins[name];
      return {
        name,
        value: policy.values[name],
        origin: origin.kind,
        source: origin.kind === 'default' ? null : origin.source,
        userMayChange: policyDefinitions[name].userMayChange,
        description: policyDefinitions[name].description,
      };
    }),
    warnings: policy.warnings.map(({ key, source, reason }) => ({ name: key, source, reason })),
  };
}
