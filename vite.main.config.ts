import { defineConfig } from 'vite';
import { appleTeamIdFrom, touchIdKeychainGroup } from './build/appleTeamId';

// Read (and checked: a malformed value stops the build) when `electron-forge package` or
// `start` loads this file; electron-builder.ts reads the same variable for the entitlements.
const appleTeamId = appleTeamIdFrom(process.env);

/** Bundles the Electron main process (Forge's Vite plugin adds externals and defines). */
export default defineConfig({
  define: {
    // electron/main/ceremony/configureTouchId.ts: the Touch ID keychain access group of a
    // build for APPLE_TEAM_ID, or null without one (Touch ID then stays off).
    DESKID_TOUCH_ID_KEYCHAIN_GROUP: JSON.stringify(
      appleTeamId === undefined ? null : touchIdKeychainGroup(appleTeamId),
    ),
  },
  build: {
    lib: {
      entry: 'electron/main/index.ts',
      // The package is "type": "module", so main is an ES module.
      formats: ['es'],
      fileName: () => 'main.js',
    },
    // Forge 7's Vite plugin merges its defaults into rollupOptions, so ours must use the same key.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    rollupOptions: {
      external: ['@napi-rs/keyring', 'argon2', 'better-sqlite3'],
      output: {
        // The bundled CommonJS packages (fastify, pino, ajv…) still `require` Node's
        // built-ins, which stay external; an ES-module main has no `require` of its own,
        // so the bundler's shim would throw at start. Give every chunk one.
        banner:
          "import { createRequire as deskidCreateRequire } from 'node:module'; const require = deskidCreateRequire(import.meta.url);",
      },
    },
  },
});
