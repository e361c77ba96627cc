import type { MachinePolicy } from './MachinePolicy';
import { resolvePolicy, type EffectivePolicy } from './resolvePolicy';
import { settingsUnderPolicy } from './settingsUnderPolicy';
import { userPolicyLayer } from './userPolicyLayer';

/**
 * The settings in force on this computer for this OS user: the defaults, their settings
 * file, then machine policy. A damaged settings file counts as none here (the settings
 * screen says it is damaged); machine policy still shows.
 */
export async function readEffectivePolicy(
  dataDir: string,
  policy: MachinePolicy | undefined,
): Promise<EffectivePolicy> {
  const settings = settingsUnderPolicy(dataDir, policy);
  const stored = await settings.readStored().catch(() => ({}));
  const user = userPolicyLayer(stored, `user settings (${settings.file})`);
  return policy === undefined ? resolvePolicy({ user, machine: [] }) : policy.resolve(user);
}
