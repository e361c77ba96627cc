import type { CallOutput } from '../../../electron/contract/calls';
import { useBridge } from '../bridge/BridgeContext';
import { useQuery, type Query, type QueryOptions } from './useQuery';

/** The settings in force with where each came from (`policy.get`). */
export type EffectivePolicy = CallOutput<'policy.get'>;
export type PolicySetting = EffectivePolicy['settings'][number];

/** The key of `policy.get` in the renderer's store. */
export const policyKey = 'policy.get';

/** Machine policy and the settings in force on this computer (read by screens and by the error messages). */
export function usePolicy({ enabled = true }: Pick<QueryOptions, 'enabled'> = {}): Query<EffectivePolicy> {
  const bridge = useBridge();
  return useQuery(policyKey, () => bridge.policy.get({}), { enabled });
}
