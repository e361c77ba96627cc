import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * `electron-forge start` (dev, with Vite) and `package`. Installers for IT (msi, pkg,
 * deb, rpm, AppImage) are made from the packaged app by electron-builder.
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
    // The fuses Electron's security guide recommends: no Node through ELECTRON_RUN_AS_NODE,
    // NODE_OPTIONS or --inspect; cookies encrypted; the app loads only from its checked asar.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
