import type { CallOutput } from '../../contract/calls';
import { policyDefinitions, policyKeys } from './policySchema';
import type { EffectivePolicy } from './resolvePolicy';

/** The effective policy as `policy.get` and `deskid policy show --json` answer it, every setting in the schema's order. */
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
