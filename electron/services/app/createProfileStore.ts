import type { Keychain } from '../keychain/Keychain';
import { ProfileStore } from '../profiles/ProfileStore';
import { SettingsFile } from '../settings/SettingsFile';

/**
 * The profile store every host and the CLI use, with the user settings wired in:
 * shared-desktop mode (on unless switched off) makes a PIN required for every profile.
 * The setting is read at each use, so a change applies without a restart.
 */
export function createProfileStore({ dataDir, keychain }: { dataDir: string; keychain: Keychain }): ProfileStore {
  const settings = new SettingsFile(dataDir);
  return new ProfileStore({
    dataDir,
    keychain,
    requirePin: async () => (await settings.read()).sharedDesktopMode,
  });
}
