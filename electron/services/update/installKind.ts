import path from 'node:path';

/**
 * How this copy of DeskID was installed, as far as auto-update cares:
 * - `msi`: the Windows MSI (its `installed-by-msi` marker beside the app; IT updates it);
 * - `nsis`: the Windows NSIS installer (`app-update.yml` in resources, no MSI marker);
 * - `mac`: the macOS dmg or pkg (an app bundle with `app-update.yml`);
 * - `appimage`: the Linux AppImage (`APPIMAGE` set by its runtime);
 * - `linux-package`: the deb or rpm (the system's package manager updates it);
 * - `unpackaged`: a development run (`npm start`), or a build without update metadata.
 */
export type InstallKind = 'msi' | 'nsis' | 'mac' | 'appimage' | 'linux-package' | 'unpackaged';

/** The file the MSI installs beside the app's executable, and only the MSI (build/win/msiProjectCreated.ts). */
export const msiMarkerName = 'installed-by-msi';

/** The update metadata electron-builder writes into resources when the build has a `publish` feed. */
export const updateConfigName = 'app-update.yml';

/** What {@link detectInstallKind} looks at; Electron main fills it from `app` and `process`. */
export interface InstallFacts {
  platform: NodeJS.Platform;
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `process.resourcesPath`: `<install dir>/resources` (Windows, Linux), `DeskID.app/Contents/Resources` (macOS). */
  resourcesPath: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists (`fs.existsSync`). */
  exists: (file: string) => boolean;
}

/** Tells how this copy was installed, from files the installers leave; never throws. */
export function detectInstallKind(facts: InstallFacts): InstallKind {
  if (!facts.isPackaged || !facts.exists(path.join(facts.resourcesPath, updateConfigName))) return 'unpackaged';
  switch (facts.platform) {
    case 'win32':
      return facts.exists(path.join(facts.resourcesPath, '..', msiMarkerName)) ? 'msi' : 'nsis';
    case 'darwin':
      return 'mac';
    default:
      return facts.env.APPIMAGE !== undefined && facts.env.APPIMAGE !== '' ? 'appimage' : 'linux-package';
  }
}
