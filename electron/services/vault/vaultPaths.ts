import path from 'node:path';

/** The files of one vault, all inside the profile's directory. */
export interface VaultPaths {
  dir: string;
  /** The current generation. */
  file: string;
  /** The previous generation, kept on every write. */
  backup: string;
  /** Wrong-PIN counter and next allowed attempt, kept apart so a restart does not reset it. */
  pinState: string;
}

/** Where the vault of the profile directory `dir` lives. */
export function vaultPaths(dir: string): VaultPaths {
  return {
    dir,
    file: path.join(dir, 'vault.json'),
    backup: path.join(dir, 'vault.json.bak'),
    pinState: path.join(dir, 'pin-state.json'),
  };
}
