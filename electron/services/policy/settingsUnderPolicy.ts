import { SettingsFile } from '../settings/SettingsFile';
import type { MachinePolicy } from './MachinePolicy';
import { enforcedSettings } from './userPolicyLayer';

/**
 * The person's settings file with machine policy over it: what policy sets wins at each
 * read (so a change to the policy file applies at once), and changing it is refused.
 */
export function settingsUnderPolicy(dataDir: string, policy: MachinePolicy | undefined): SettingsFile {
  return new SettingsFile(dataDir, policy === undefined ? undefined : () => enforcedSettings(policy.enforced()));
}
