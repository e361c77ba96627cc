import type { Keychain } from '../keychain/Keychain';
import { ProfileStore } from '../profiles/ProfileStore';
import type { MachinePolicy } from '../policy/MachinePolicy';
import { settingsUnderPolicy } from '../policy/settingsUnderPolicy';

/**
 * The profile store every host and the CLI use, with the user settings wired in:
 * shared-desktop mode (on unless switched off) makes a PIN required for every profile.
 * The setting is read at each use (machine policy over it), so a change applies without a restart.
 */
export function createProfileStore({
  dataDir,
  keychain,
  policy,
  now,
}: {
  dataDir: string;
  keychain: Keychain;
  policy?: MachinePolicy | undefined;
  /**
   * The host's clock, the one its codes are made with: the audit log's times are read back
   * to learn which time step's code was already used here, so they must be on it too.
   */
  now?: (() => number) | undefined;
}): ProfileStore {
  const settings = settingsUnderPolicy(dataDir, policy);
  return new ProfileStore({
    dataDir,
    keychain,
    requirePin: async () => (await settings.read()).sharedDesktopMode,
    ...(now === undefined ? {} : { now }),
  });
}
