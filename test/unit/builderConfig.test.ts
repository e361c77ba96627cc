import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { Ajv } from 'ajv';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import builderConfig from '../../electron-builder';
import forgeConfig from '../../forge.config';
import { deskIdFuses, type DeskIdFuse } from '../../build/fuses';
import { msiCliComponentGuid, msiMarkerFile, msiProjectCreated } from '../../build/win/msiProjectCreated';
import { msiMarkerName } from '../../electron/services/update';
import { repoRoot } from '../fixtures/browserHost';

// The installers cannot be built on this machine (no Electron runtime): the release
// workflow builds them. Here the configuration is checked against electron-builder's own
// JSON schema (app-builder-lib/scheme.json, as electron-builder validates it at start) and
// against what IT needs from each installer.
const appBuilderLib = path.join(repoRoot, 'node_modules', 'app-builder-lib');

async function builderSchemaValidator() {
  const schema = JSON.parse(await readFile(path.join(appBuilderLib, 'scheme.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The schema's one non-standard keyword (from ajv-keywords): hooks may be functions.
  ajv.addKeyword({ keyword: 'typeof', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(schema);
}

type Target = string | { target: string };
const targetNames = (targets: unknown): string[] =>
  (targets as Target[]).map((target) => (typeof target === 'string' ? target : target.target));

describe('the electron-builder configuration (electron-builder.ts)', () => {
  it("passes electron-builder's own JSON schema, which rejects a wrong value", async () => {
    const validate = await builderSchemaValidator();
    expect(validate(builderConfig), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(validate({ ...builderConfig, msi: { ...builderConfig.msi, perMachine: 'yes' } })).toBe(false);
    expect(validate({ ...builderConfig, nsis: { ...builderConfig.nsis, perMachineOffered: true } })).toBe(false);
  });

  it('is the file electron-builder finds and loads from the project, and it accepts it', async () => {
    // electron-builder's own loading (by file name, through jiti) and validation, as at a build's start.
    const { getConfig, validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    const loaded = await getConfig(repoRoot, null, null);
    expect(loaded.msi?.upgradeCode).toBe(builderConfig.msi?.upgradeCode);
    await validateConfiguration(loaded, new DebugLogger(false));
  });

  it('makes every installer: msi and nsis, dmg and pkg, deb, rpm and AppImage', () => {
    expect(targetNames(builderConfig.win?.target)).toEqual(expect.arrayContaining(['msi', 'nsis']));
    expect(targetNames(builderConfig.mac?.target)).toEqual(expect.arrayContaining(['dmg', 'pkg']));
    expect(targetNames(builderConfig.linux?.target)).toEqual(expect.arrayContaining(['deb', 'rpm', 'AppImage']));
  });

  it('installs per machine: the MSI always, with its fixed upgrade code; NSIS offers it', () => {
    expect(builderConfig.msi?.perMachine).toBe(true);
    // Changing the upgrade code would make every new MSI a second product beside the old one.
    expect(builderConfig.msi?.upgradeCode).toBe('4B0B654E-6B03-48DA-AFC3-5CF60ABFC1FD');
    expect(builderConfig.msiProjectCreated).toBe(msiProjectCreated);
    expect(builderConfig.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: true });
    expect(builderConfig.nsis?.selectPerMachineByDefault).toBe(true);
  });

  it('signs macOS builds with the hardened runtime and the Touch ID entitlements', async () => {
    expect(builderConfig.mac?.hardenedRuntime).toBe(true);
    const entitlements = builderConfig.mac?.entitlements ?? '';
    expect(entitlements).toBe('build/entitlements.mac.plist');
    const plist = await readFile(path.join(repoRoot, entitlements), 'utf8');
    expect(plist).toContain('<key>keychain-access-groups</key>');
    expect(plist).toMatch(/\.org\.deskid\.app\.webauthn</);
    // No credential in the configuration: they come from the environment.
    expect(JSON.stringify(builderConfig)).not.toMatch(/cscLink|cscKeyPassword|appleId|password/i);
  });

  it('names every artifact with its version and architecture', () => {
    expect(builderConfig.artifactName).toBe('${productName}-${version}-${arch}.${ext}');
    for (const key of ['win', 'mac', 'linux', 'msi', 'nsis', 'dmg', 'pkg', 'deb', 'rpm', 'appImage'] as const) {
      expect((builderConfig[key] as { artifactName?: string } | undefined)?.artifactName, key).toBeUndefined();
    }
  });

  it("flips the same fuses as forge.config.ts's FusesPlugin", () => {
    expect(builderConfig.electronFuses).toEqual(deskIdFuses);
    const byOption: Record<DeskIdFuse, FuseV1Options> = {
      runAsNode: FuseV1Options.RunAsNode,
      enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
      enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
      enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
      grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
    };
    const forgeFuses = forgeConfig.plugins?.find((plugin) => plugin instanceof FusesPlugin) as unknown as {
      fusesConfig: Record<string, unknown>;
    };
    const expected = Object.fromEntries(
      Object.entries(deskIdFuses).map(([name, value]) => [String(byOption[name as DeskIdFuse]), value]),
    );
    expect(forgeFuses.fusesConfig).toEqual({ version: FuseVersion.V1, ...expected });
  });

  it('ships the deskid command and puts it on the PATH from every installer', async () => {
    expect(builderConfig.extraResources).toEqual([{ from: 'dist/sea', to: 'cli', filter: ['**/*'] }]);
    const run = promisify(execFile);
    for (const script of ['build/linux/after-install.tpl', 'build/linux/after-remove.tpl']) {
      const text = await readFile(path.join(repoRoot, script), 'utf8');
      expect(text, script).toContain("'/opt/${sanitizedProductName}/resources/cli/deskid'");
      // electron-builder fails on a macro it does not define.
      expect(new Set([...text.matchAll(/\$\{([a-zA-Z]+)\}/g)].map((match) => match[1]))).toEqual(
        new Set(['sanitizedProductName', 'executable']),
      );
      await run('bash', ['-n', path.join(repoRoot, script)]);
    }
    expect(builderConfig.deb).toMatchObject({ afterInstall: 'build/linux/after-install.tpl' });
    expect(builderConfig.rpm).toMatchObject({ afterInstall: 'build/linux/after-install.tpl' });
    const postinstall = path.join(repoRoot, 'build', builderConfig.pkg?.scripts ?? '', 'postinstall');
    await access(postinstall, constants.X_OK);
    expect(await readFile(postinstall, 'utf8')).toContain('/usr/local/bin/deskid');
    await run('sh', ['-n', postinstall]);
    const nsis = await readFile(path.join(repoRoot, builderConfig.nsis?.include ?? ''), 'utf8');
    expect(nsis).toContain('StrCpy $0 "$0;$INSTDIR\\resources\\cli"');
    expect(nsis).toMatch(/!macro customInstall\n[\s\S]*?deskIdWritePath HKLM "\$\{DESKID_MACHINE_ENV\}" 1/);
    expect(nsis).toMatch(/!macro customUnInstall\n[\s\S]*?deskIdWritePath HKLM "\$\{DESKID_MACHINE_ENV\}" 0/);
  });
});

describe('the NSIS include (build/win/installer.nsh)', () => {
  it("compiles with NSIS's makensis, warnings as errors, in an installer and an uninstaller", async () => {
    // electron-builder's installer script declares $installMode (multiUser.nsh) and inserts
    // customInstall and customUnInstall; this script does the same. makensis: Debian's nsis.
    const folder = await mkdtemp(path.join(os.tmpdir(), 'deskid-nsis-'));
    try {
      const script = path.join(folder, 'installer.nsi');
      const include = path.join(repoRoot, builderConfig.nsis?.include ?? '');
      await writeFile(
        script,
        [
          'Unicode true',
          `OutFile "${path.join(folder, 'installer.exe')}"`,
          'RequestExecutionLevel user',
          'Var installMode',
          `!include "${include}"`,
          'Section',
          '  WriteUninstaller "$TEMP\\uninstall.exe"',
          '  StrCpy $installMode "all"',
          '  !insertmacro customInstall',
          'SectionEnd',
          'Section "un.DeskID"',
          '  StrCpy $installMode "CurrentUser"',
          '  !insertmacro customUnInstall',
          'SectionEnd',
          '',
        ].join('\n'),
      );
      await promisify(execFile)('makensis', ['-V2', '-WX', script]).catch((error: unknown) => {
        throw new Error(`makensis failed (install it with: apt-get install nsis): ${String(error)}`);
      });
      await access(path.join(folder, 'installer.exe'));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('the MSI project hook (build/win/msiProjectCreated.ts)', () => {
  /** electron-builder's MSI template with its template directives taken out: its shape, as WiX gets it. */
  async function projectLikeElectronBuilders(): Promise<string> {
    const template = await readFile(path.join(appBuilderLib, 'templates', 'msi', 'template.xml'), 'utf8');
    return template.replace(/\{\{[\s\S]*?\}\}/g, '').replace(/\$\{(\w+)\}/g, 'x');
  }

  it('adds the MSI marker and deskid on the machine PATH to the product, keeping the project well-formed', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'deskid-msi-'));
    try {
      const project = path.join(folder, 'project.wxs');
      await writeFile(project, await projectLikeElectronBuilders());
      await msiProjectCreated(project);
      const wxs = await readFile(project, 'utf8');
      expect(SyntaxValidator.validate(wxs)).toBe(true);
      const group = /<ComponentGroup Id="ProductComponents"[^>]*>([\s\S]*?)<\/ComponentGroup>/.exec(wxs)?.[1] ?? '';
      // Windows Installer tracks the component by this GUID across upgrades: it never changes.
      expect(msiCliComponentGuid).toBe('1F193F22-E0B6-42EB-9BD6-9F7A477F4A1B');
      expect(group).toContain(`Guid="{${msiCliComponentGuid}}"`);
      expect(group).toContain(`Name="${msiMarkerFile}" Source="${path.join(folder, msiMarkerFile)}"`);
      expect(group).toMatch(
        /<Environment [^>]*Name="PATH" Value="\[APPLICATIONFOLDER\]resources\\cli"[^>]*System="yes"/,
      );
      await access(path.join(folder, msiMarkerFile));
      // The app looks for the same name (electron/services/update/installKind.ts).
      expect(msiMarkerFile).toBe(msiMarkerName);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses a project without the product component group', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'deskid-msi-'));
    try {
      const project = path.join(folder, 'project.wxs');
      await writeFile(project, '<Wix><Product/></Wix>');
      await expect(msiProjectCreated(project)).rejects.toThrow(/no <ComponentGroup Id="ProductComponents">/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
