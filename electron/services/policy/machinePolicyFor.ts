import { defaultPolicySources } from './defaultPolicySources';
import { MachinePolicy } from './MachinePolicy';

/** This computer's machine policy, read once and not watched (a CLI command's whole run). */
export function machinePolicyFor(env: NodeJS.ProcessEnv): MachinePolicy {
  return new MachinePolicy({ sources: defaultPolicySources(env) });
}
