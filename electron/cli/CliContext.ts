import { createProfileStore } from '../services/app/createProfileStore';
import type { ProfileStore } from '../services/profiles/ProfileStore';
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
  /** Prints `json` with --json, else the human text (one string per line). */
  print(json: unknown, human: string | string[]): void;
}

export function createCliContext(line: CommandLine, io: CliIo, keychain: Keychain, dataDir: string): CliContext {
  return {
    line,
    io,
    secrets: new SecretInput(io),
    keychain,
    dataDir,
    profiles: createProfileStore({ dataDir, keychain }),
    print(json, human) {
      const text = line.json ? JSON.stringify(json, null, 2) : (Array.isArray(human) ? human : [human]).join('\n');
      if (text !== '') io.stdout.write(`${text}\n`);
    },
  };
}
