import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { deskIdFuses } from './build/fuses';

/**
 * `electron-forge start` (dev, with Vite) and `package`. Installers for IT (msi, nsis,
 * dmg, pkg, deb, rpm, AppImage) are made by electron-builder (electron-builder.ts) from
 * the Vite build `electron-forge package` leaves in .vite/.
 */
const config: ForgeConfig = {
  packagerConfig: {
    name: 'DeskID',
    executableName: 'deskid',
    appBundleId: 'org.deskid.app',
    asar: true,
  },
  makers: [new MakerSquirrel({}), new MakerZIP({}, ['darwin']), new MakerDeb({})],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/index.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/index.ts', config: 'vite.preload.config.ts', target: 'preload' },
        // The passkey ceremony window's preload: ceremony-preload.cjs (electron/main/ceremony).
        { entry: 'electron/preload/ceremony.ts', config: 'vite.ceremonyPreload.config.ts', target: 'preload' },
      ],
      renderer: [
        { name: 'main_window', config: 'renderer/vite.config.ts' },
        // The passkey ceremony page, served on the ID server's origin from .vite/renderer/passkey_ceremony.
        { name: 'passkey_ceremony', config: 'vite.ceremonyPage.config.ts' },
      ],
    }),
    // The fuses, defined once in build/fuses.ts (electron-builder flips the same values).
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: deskIdFuses.runAsNode,
      [FuseV1Options.EnableCookieEncryption]: deskIdFuses.enableCookieEncryption,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: deskIdFuses.enableNodeOptionsEnvironmentVariable,
      [FuseV1Options.EnableNodeCliInspectArguments]: deskIdFuses.enableNodeCliInspectArguments,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: deskIdFuses.enableEmbeddedAsarIntegrityValidation,
      [FuseV1Options.OnlyLoadAppFromAsar]: deskIdFuses.onlyLoadAppFromAsar,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: deskIdFuses.grantFileProtocolExtraPrivileges,
    }),
  ],
};

export default config;
