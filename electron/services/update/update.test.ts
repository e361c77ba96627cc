import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectInstallKind, msiMarkerName, shouldAutoUpdate, updateConfigName, type InstallKind } from './index';

// Install layouts as the installers leave them, as real folders: <install dir>/resources
// with app-update.yml (electron-builder, when the build has a publish feed) and, for the
// MSI only, the installed-by-msi marker beside the executable.
let installDir: string;
let resourcesPath: string;

beforeEach(async () => {
  installDir = await mkdtemp(path.join(os.tmpdir(), 'deskid-install-'));
  resourcesPath = path.join(installDir, 'resources');
  await mkdir(resourcesPath);
});
afterEach(() => rm(installDir, { recursive: true, force: true }));

const facts = (platform: NodeJS.Platform, env: Record<string, string> = {}, isPackaged = true) => ({
  platform,
  isPackaged,
  resourcesPath,
  env,
  exists: existsSync,
});

describe('detectInstallKind', () => {
  it('tells an MSI install from an NSIS one on Windows by the MSI marker', async () => {
    await writeFile(path.join(resourcesPath, updateConfigName), 'provider: github\n');
    expect(detectInstallKind(facts('win32'))).toBe('nsis');
    await writeFile(path.join(installDir, msiMarkerName), 'msi\n');
    expect(detectInstallKind(facts('win32'))).toBe('msi');
  });

  it('tells an AppImage from a deb or rpm on Linux, and answers mac on macOS', async () => {
    await writeFile(path.join(resourcesPath, updateConfigName), 'provider: github\n');
    expect(detectInstallKind(facts('linux'))).toBe('linux-package');
    expect(detectInstallKind(facts('linux', { APPIMAGE: '/home/a/DeskID-1.0.0-x86_64.AppImage' }))).toBe('appimage');
    expect(detectInstallKind(facts('darwin'))).toBe('mac');
  });

  it('answers unpackaged for a development run or a build without update metadata', async () => {
    expect(detectInstallKind(facts('win32'))).toBe('unpackaged');
    await writeFile(path.join(resourcesPath, updateConfigName), 'provider: github\n');
    expect(detectInstallKind(facts('darwin', {}, false))).toBe('unpackaged');
  });
});

describe('shouldAutoUpdate', () => {
  const kinds: InstallKind[] = ['msi', 'nsis', 'mac', 'appimage', 'linux-package', 'unpackaged'];

  it('is off for every install while policy autoUpdate is off', () => {
    for (const installKind of kinds) {
      expect(shouldAutoUpdate({ policyAllows: false, installKind })).toEqual({
        update: false,
        reason: 'policy autoUpdate is off (the default)',
      });
    }
  });

  it('with policy on, updates NSIS, macOS and AppImage installs, never an MSI, a deb/rpm or a development run', () => {
    const on = kinds.filter((installKind) => shouldAutoUpdate({ policyAllows: true, installKind }).update);
    expect(on).toEqual(['nsis', 'mac', 'appimage']);
    expect(shouldAutoUpdate({ policyAllows: true, installKind: 'msi' }).reason).toMatch(/MSI, which IT updates/);
  });
});
