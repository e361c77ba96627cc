import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { Ajv } from 'ajv';
import type { BeforePackContext } from 'app-builder-lib';
import { SyntaxValidator } from 'fast-xml-validator';
import type { Configuration } from 'electron-builder';
import plist from 'plist';
import { build, loadConfigFromFile, mergeConfig } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import builderConfig from '../../electron-builder';
import forgeConfig from '../../forge.config';
import { checkMainBundleTeamId, macEntitlementsFor } from '../../build/appleTeamId';
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

/** electron-builder.ts as loaded with APPLE_TEAM_ID set to `teamId` ('' as GitHub gives a missing secret). */
async function builderConfigWith(teamId: string): Promise<Configuration> {
  vi.stubEnv('APPLE_TEAM_ID', teamId);
  vi.resetModules();
  return (await import('../../electron-builder')).default;
}

/** vite.main.config.ts as Forge's Vite plugin loads it (vite's loadConfigFromFile), with APPLE_TEAM_ID. */
async function viteMainConfigWith(teamId: string) {
  vi.stubEnv('APPLE_TEAM_ID', teamId);
  const loaded = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    path.join(repoRoot, 'vite.main.config.ts'),
    repoRoot,
    'silent',
  );
  if (loaded === null) throw new Error('vite.main.config.ts did not load');
  return loaded.config;
}

/**
 * The `touchIdKeychainAccessGroup` of configureTouchId.ts as built (minified) by the main
 * process's Vite configuration with APPLE_TEAM_ID set to `teamId`, and then run.
 */
async function touchIdGroupBuiltWith(teamId: string): Promise<string | undefined> {
  const config = await viteMainConfigWith(teamId);
  const output = await build(
    mergeConfig(config, {
      configFile: false,
      root: repoRoot,
      logLevel: 'silent',
      build: {
        lib: { entry: path.join(repoRoot, 'electron', 'main', 'ceremony', 'configureTouchId.ts') },
        write: false,
        minify: true,
      },
    }),
  );
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  )[0];
  if (chunk?.type !== 'chunk') throw new Error('no chunk built');
  expect(chunk.code).not.toContain('DESKID_TOUCH_ID_KEYCHAIN_GROUP');
  const folder = await mkdtemp(path.join(os.tmpdir(), 'deskid-main-'));
  try {
    const file = path.join(folder, 'configureTouchId.mjs');
    await writeFile(file, chunk.code);
    const built = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as {
      touchIdKeychainAccessGroup: string | undefined;
    };
    return built.touchIdKeychainAccessGroup;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The entitlements a configuration signs macOS builds with, parsed. */
async function entitlementsOf(config: Configuration): Promise<Record<string, unknown>> {
  const file = config.mac?.entitlements ?? '';
  return plist.parse(await readFile(path.isAbsolute(file) ? file : path.join(repoRoot, file), 'utf8')) as Record<
    string,
    unknown
  >;
}

afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(path.join(repoRoot, 'dist', 'build-resources'), { recursive: true, force: true });
});

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

  it('signs macOS builds with the hardened runtime and, without APPLE_TEAM_ID, the placeholder Touch ID entitlements', async () => {
    const config = await builderConfigWith('');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('build/entitlements.mac.plist');
    expect(await entitlementsOf(config)).toEqual({
      'com.apple.security.cs.allow-jit': true,
      'keychain-access-groups': ['DESKIDTEAM.org.deskid.app.webauthn'],
    });
    // No credential in the configuration: they come from the environment.
    expect(JSON.stringify(config)).not.toMatch(/cscLink|cscKeyPassword|appleId|password/i);
  });

  it("with APPLE_TEAM_ID, signs with entitlements naming that team's group, still valid for electron-builder", async () => {
    const config = await builderConfigWith('A1B2C3D4E5');
    expect(config.mac?.entitlements).toBe(path.join(repoRoot, 'dist', 'build-resources', 'entitlements.mac.plist'));
    expect(config.mac?.entitlementsInherit).toBe(config.mac?.entitlements);
    expect(await entitlementsOf(config)).toEqual({
      'com.apple.security.cs.allow-jit': true,
      'keychain-access-groups': ['A1B2C3D4E5.org.deskid.app.webauthn'],
    });
    const validate = await builderSchemaValidator();
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // Loaded as electron-builder loads it (jiti; import.meta.dirname), it writes the same file.
    await rm(path.join(repoRoot, 'dist', 'build-resources'), { recursive: true, force: true });
    const { createJiti } = await import('jiti');
    const loaded = await createJiti(import.meta.url, { moduleCache: false }).import<Configuration>(
      path.join(repoRoot, 'electron-builder.ts'),
      { default: true },
    );
    expect(loaded.mac?.entitlements).toBe(config.mac?.entitlements);
    expect((await entitlementsOf(loaded))['keychain-access-groups']).toEqual(['A1B2C3D4E5.org.deskid.app.webauthn']);
    // A template that lost its placeholder group is refused rather than signed without one.
    expect(() => macEntitlementsFor('<plist><dict/></plist>', 'A1B2C3D4E5')).toThrow(
      'The entitlements template must hold <string>DESKIDTEAM.org.deskid.app.webauthn</string> once, found it 0 times',
    );
  });

  it('builds the same group into the main process (vite.main.config.ts), which configureTouchId.ts then holds', async () => {
    expect(await touchIdGroupBuiltWith('A1B2C3D4E5')).toBe('A1B2C3D4E5.org.deskid.app.webauthn');
    // Without a team: no group, so Touch ID stays off (configureTouchId.test.ts).
    expect(await touchIdGroupBuiltWith('')).toBeUndefined();
  });

  it('stops the build on an APPLE_TEAM_ID that is not an Apple Team ID, in both configurations', async () => {
    for (const teamId of ['a1b2c3d4e5', 'A1B2C3D4E', 'A1B2C3D4E5F', 'A1B2C3D4E5 ', 'A1B2-3D4E5']) {
      await expect(builderConfigWith(teamId), teamId).rejects.toThrow(
        `APPLE_TEAM_ID "${teamId}" is not an Apple Developer Team ID: expected 10 upper-case letters or digits`,
      );
      await expect(viteMainConfigWith(teamId), teamId).rejects.toThrow(`APPLE_TEAM_ID "${teamId}" is not an Apple`);
    }
    await expect(builderConfigWith('DESKIDTEAM')).rejects.toThrow('APPLE_TEAM_ID "DESKIDTEAM" is the placeholder');
    await expect(viteMainConfigWith('DESKIDTEAM')).rejects.toThrow('APPLE_TEAM_ID "DESKIDTEAM" is the placeholder');
  });

  it("refuses, before packing for macOS, a main-process bundle built for another team than the entitlements'", async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'deskid-vite-'));
    try {
      const bundle = path.join(folder, '.vite', 'build');
      await mkdir(path.join(bundle, 'chunks'), { recursive: true });
      await writeFile(path.join(bundle, 'main.js'), 'import "./chunks/a.js";\n');
      const bundledWith = (group: string) =>
        writeFile(path.join(bundle, 'chunks', 'a.js'), `const g = ${JSON.stringify(group)};\n`);
      const beforePack = async (teamId: string, electronPlatformName: string) => {
        const hook = (await builderConfigWith(teamId)).beforePack as (context: BeforePackContext) => Promise<void>;
        await hook({ electronPlatformName, packager: { projectDir: folder } } as unknown as BeforePackContext);
      };
      await bundledWith('A1B2C3D4E5.org.deskid.app.webauthn');
      await beforePack('A1B2C3D4E5', 'darwin');
      await expect(beforePack('Z9Y8X7W6V5', 'darwin')).rejects.toThrow(
        /built for the Touch ID team A1B2C3D4E5, but the entitlements name Z9Y8X7W6V5: run npx electron-forge package and npx electron-builder with the same APPLE_TEAM_ID/,
      );
      await expect(beforePack('', 'darwin')).rejects.toThrow(/team A1B2C3D4E5, but the entitlements name \(none/);
      // Only macOS signs with the group.
      await beforePack('Z9Y8X7W6V5', 'win32');
      await bundledWith('');
      await beforePack('', 'darwin');
      await expect(beforePack('A1B2C3D4E5', 'darwin')).rejects.toThrow(
        /team \(none\), but the entitlements name A1B2C3D4E5/,
      );
      await rm(bundle, { recursive: true });
      await mkdir(bundle, { recursive: true });
      await expect(checkMainBundleTeamId(bundle, undefined)).rejects.toThrow(/No main-process bundle in/);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
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
