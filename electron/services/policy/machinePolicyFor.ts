import type { SettingsFile } from '../settings/SettingsFile';
import { defaultPolicySources } from './defaultPolicySources';
import { MachinePolicy } from './MachinePolicy';
import { settingsUnderPolicy } from './settingsUnderPolicy';

/** This computer's machine policy, read once and not watched (a CLI command's whole run). */
export function machinePolicyFor(env: NodeJS.ProcessEnv): MachinePolicy {
  return new MachinePolicy({ sources: defaultPolicySources(env) });
}

/** The person's settings under this computer's machine policy, read once (a CLI command's whole run). */
export function settingsUnderMachinePolicy(dataDir: string, env: NodeJS.ProcessEnv): SettingsFile {
  return settingsUnderPolicy(dataDir, machinePolicyFor(env));
}
