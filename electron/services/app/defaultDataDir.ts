import os from 'node:os';
import path from 'node:path';

/**
 * Where DeskID keeps its per-user data when no `--data-dir` is given, following each
 * platform's convention (the same folders Electron's `app.getPath('userData')` uses).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  switch (platform) {
    case 'win32':
      return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'DeskID');
    case 'darwin':
      return path.posix.join(home, 'Library', 'Application Support', 'DeskID');
    default: {
      const xdg = env.XDG_DATA_HOME;
      const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.posix.join(home, '.local', 'share');
      return path.posix.join(base, 'deskid');
    }
  }
}
