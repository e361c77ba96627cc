import os from 'node:os';
import path from 'node:path';

/** Where DeskID's log folder is; every argument but `dataDir` is there for tests. */
export interface LogDirOptions {
  /** `--data-dir`, when given: the logs then live beside the data, in `<data dir>/logs`. */
  dataDir?: string | undefined;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  home?: string;
}

/**
 * DeskID's log folder, the same for Electron main and the browser host:
 * - with `--data-dir DIR`: `DIR/logs` (tests and portable copies keep everything together);
 * - Windows: `%APPDATA%\DeskID\logs` (Electron's `app.getPath('logs')` there);
 * - macOS: `~/Library/Logs/DeskID` (where Console.app looks; Electron's choice too);
 * - Linux and the rest: `$XDG_STATE_HOME/deskid/logs`, else `~/.local/state/deskid/logs`
 *   (the XDG base-directory spec puts logs in the state folder).
 */
export function logDirFor({
  dataDir,
  env = process.env,
  platform = process.platform,
  home = os.homedir(),
}: LogDirOptions = {}): string {
  if (dataDir !== undefined) return path.join(dataDir, 'logs');
  switch (platform) {
    case 'win32':
      return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'DeskID', 'logs');
    case 'darwin':
      return path.posix.join(home, 'Library', 'Logs', 'DeskID');
    default: {
      const xdg = env.XDG_STATE_HOME;
      const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'state');
      return path.posix.join(base, 'deskid', 'logs');
    }
  }
}
