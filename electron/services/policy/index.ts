/** Machine policy: one schema for every managed setting, its sources, and the settings in force. */
export { MachinePolicy } from './MachinePolicy';
export { defaultPolicySources, policyLocations, macBundleId } from './defaultPolicySources';
export { policyDefinitions, policyDefaults, policyKeys, type PolicyKey, type PolicyValues } from './policySchema';
export { resolvePolicy, enforcedKeys, type EffectivePolicy, type PolicyOrigin } from './resolvePolicy';
export type { PolicyLayer, PolicySource, PolicyWarning } from './PolicySource';
export { enforcedSettings, userPolicyLayer } from './userPolicyLayer';
