import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { appleTeamIdFrom, checkMainBundleTeamId, macEntitlementsFor } from './build/appleTeamId';
import { deskIdFuses } from './build/fuses';
import { msiProjectCreated } from './build/win/msiProjectCreated';

/**
 * The installers IT deploys, made by electron-builder from the one documented path
 * (docs/it-guide.md, "Building the installers"):
 *
 *   npm ci → npm run build → npm run build:cli-sea → npx electron-forge package
 *          → npx electron-builder --publish never   (this file, found by its name)
 *
 * `electron-forge package` runs Forge's Vite plugin, which leaves the app's main, preloads
 * and pages in .vite/. electron-builder packs those (and the production node_modules, its
 * native modules rebuilt for Electron) itself rather than taking Forge's packaged folder
 * (`--prepackaged`), because on that path it skips its own steps: the fuses, the asar
 * integrity hashes, extraResources (the deskid command) and signing the result in the right
 * order. Here it flips the fuses (the same values as forge.config.ts, from build/fuses.ts)
 * right before it signs.
 *
 * Signing and notarizing read their credentials from the environment only, never from this
 * file: CSC_LINK + CSC_KEY_PASSWORD (Windows .pfx, or macOS Developer ID Application .p12),
 * CSC_INSTALLER_LINK + CSC_INSTALLER_KEY_PASSWORD (macOS Developer ID Installer, for the
 * pkg), and APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER (or APPLE_ID +
 * APPLE_APP_SPECIFIC_PASSWORD + APPLE_TEAM_ID) for notarizing. Without them the installers
 * are unsigned (fine for a test, not for a rollout).
 *
 * APPLE_TEAM_ID also names the Touch ID keychain access group in the macOS entitlements
 * (macEntitlements below); `electron-forge package` must see the same value, as it builds
 * the group into the main process (vite.main.config.ts), and `beforePack` checks it did.
 */
const appleTeamId = appleTeamIdFrom(process.env);

/**
 * The entitlements macOS builds are signed with: build/entitlements.mac.plist as it is
 * (placeholder team) without APPLE_TEAM_ID, else a copy naming the team, written when this
 * file is loaded into dist/build-resources/ (git-ignored), since electron-builder takes
 * entitlements only as a file. A malformed APPLE_TEAM_ID stops the build here.
 */
function macEntitlements(): string {
  const template = 'build/entitlements.mac.plist';
  if (appleTeamId === undefined) return template;
  const file = path.join(import.meta.dirname, 'dist', 'build-resources', 'entitlements.mac.plist');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, macEntitlementsFor(readFileSync(path.join(import.meta.dirname, template), 'utf8'), appleTeamId));
  return file;
}
const entitlements = macEntitlements();

const config: Configuration = {
  appId: 'org.deskid.app',
  productName: 'DeskID',
  copyright: 'Copyright © DeskID',
  directories: { output: 'dist/installers', buildResources: 'build' },
  // Forge's Vite build; package.json "main" is .vite/build/main.js.
  files: ['.vite/build/**', '.vite/renderer/**', 'package.json'],
  asar: true,
  // The deskid command: the single executable and its native modules (dist/sea, npm run
  // build:cli-sea), at <resources>/cli; each installer puts it on the PATH.
  extraResources: [{ from: 'dist/sea', to: 'cli', filter: ['**/*'] }],
  artifactName: '${productName}-${version}-${arch}.${ext}',
  electronFuses: { ...deskIdFuses },
  // The update feed electron-updater reads (resources/app-update.yml): the GitHub releases
  // of the repository the release workflow runs in. Used only where policy allows updates.
  publish: {
    provider: 'github',
    owner: (process.env.GITHUB_REPOSITORY ?? 'deskid/deskid').split('/')[0] ?? 'deskid',
    repo: (process.env.GITHUB_REPOSITORY ?? 'deskid/deskid').split('/')[1] ?? 'deskid',
    releaseType: 'release',
  },

  // No architecture per target: each release runner builds for its own (`--x64`, `--arm64`),
  // with the native modules and the single executable built there.
  win: { target: ['msi', 'nsis'] },
  msi: {
    perMachine: true,
    // The MSI's upgrade code: fixed for ever, so that each new MSI replaces the one before.
    upgradeCode: '4B0B654E-6B03-48DA-AFC3-5CF60ABFC1FD',
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
    runAfterFinish: false,
  },
  // The marker that turns auto-update off, and deskid on the machine PATH.
  msiProjectCreated,
  nsis: {
    oneClick: false,
    // Per-machine offered (chosen with /allusers, or on the installer's first page), per-user possible.
    perMachine: false,
    allowElevation: true,
    selectPerMachineByDefault: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: false,
    deleteAppDataOnUninstall: false,
    runAfterFinish: false,
    include: 'build/win/installer.nsh',
  },

  // The main process's Touch ID group (Forge's Vite build, .vite/build) is the entitlements' one.
  beforePack: async ({ electronPlatformName, packager }) => {
    if (electronPlatformName === 'darwin') {
      await checkMainBundleTeamId(path.join(packager.projectDir, '.vite', 'build'), appleTeamId);
    }
  },
  mac: {
    // zip: what electron-updater downloads on macOS (with latest-mac.yml).
    target: ['dmg', 'pkg', 'zip'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
    gatekeeperAssess: false,
    entitlements,
    entitlementsInherit: entitlements,
    // Notarized when the APPLE_* credentials above are set.
    notarize: true,
  },
  dmg: { sign: false },
  pkg: {
    installLocation: '/Applications',
    // Installed where it says, not over a copy the person moved elsewhere.
    isRelocatable: false,
    allowAnywhere: false,
    allowCurrentUserHome: false,
    // postinstall: /usr/local/bin/deskid.
    scripts: 'mac/pkg-scripts',
  },

  linux: {
    target: ['deb', 'rpm', 'AppImage'],
    executableName: 'deskid',
    category: 'Utility',
    maintainer: 'DeskID <it@deskid.example>',
    synopsis: 'Sign-in set-up and authenticator for shared clinic desktops',
  },
  // /usr/bin/deskid is the deskid command (the default script would link the app's binary).
  deb: { afterInstall: 'build/linux/after-install.tpl', afterRemove: 'build/linux/after-remove.tpl' },
  rpm: { afterInstall: 'build/linux/after-install.tpl', afterRemove: 'build/linux/after-remove.tpl' },
};

export default config;
