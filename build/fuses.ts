/**
 * The Electron fuses DeskID ships with, defined once for both packagers: Electron Forge's
 * FusesPlugin (forge.config.ts, `npm start`'s `electron-forge package`) and
 * electron-builder's `electronFuses` (electron-builder.ts, the installers), which flips them
 * right before signing. Named as electron-builder names them; forge.config.ts maps each to
 * its `FuseV1Options`.
 *
 * The fuses Electron's security guide recommends: no Node through ELECTRON_RUN_AS_NODE,
 * NODE_OPTIONS or --inspect; cookies encrypted; the app loads only from its checked asar;
 * no extra privileges for file://.
 */
export const deskIdFuses = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
} as const;

/** The names of {@link deskIdFuses}. */
export type DeskIdFuse = keyof typeof deskIdFuses;
