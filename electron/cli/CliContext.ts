import { ProfileStore } from '../services/profiles/ProfileStore';
import type { SettingsFile } from '../services/settings/SettingsFile';
import type { Keychain } from '../services/keychain/Keychain';
import type { CliIo } from './CliIo';
import type { CommandLine } from './parseCommandLine';
import { SecretInput } from './SecretInput';

/** Everything a command needs: the parsed line, the streams, secrets input and the profiles. */
export interface CliContext {
  line: CommandLine;
  io: CliIo;
  secrets: SecretInput;
  keychain: Keychain;
  dataDir: string;
  profiles: ProfileStore;
  /**
   * The person's settings with machine policy over them, as the app reads them (policy's
   * `sharedDesktopMode` wins over the person's). Loaded on first use: a profile with a PIN
   * never needs them, and on Windows reading policy runs `reg query` twice.
   */
  settings(): Promise<SettingsFile>;
  /** Prints `json` with --json, else the human text (one string per line). */
  print(json: unknown, human: string | string[]): void;
}

export function createCliContext(line: CommandLine, io: CliIo, keychain: Keychain, dataDir: string): CliContext {
  let settings: Promise<SettingsFile> | undefined;
  const settingsUnderPolicy = () =>
    (settings ??= import('../services/policy/machinePolicyFor').then(({ settingsUnderMachinePolicy }) =>
      settingsUnderMachinePolicy(dataDir, io.env),
    ));
  return {
    line,
    io,
    secrets: new SecretInput(io),
    keychain,
    dataDir,
    profiles: new ProfileStore({
      dataDir,
      keychain,
      requirePin: async () => (await (await settingsUnderPolicy()).read()).sharedDesktopMode,
    }),
    settings: settingsUnderPolicy,
    print(json, human) {
      const text = line.json ? JSON.stringify(json, null, 2) : (Array.isArray(human) ? human : [human]).join('\n');
      if (text !== '') io.stdout.write(`${text}\n`);
    },
  };
}
