/** The part of Electron's `app` that configures platform authenticators (macOS, Electron 45+). */
export interface WebAuthnApp {
  configureWebAuthn?: (options: { touchID?: { keychainAccessGroup: string; promptReason?: string } }) => void;
}

// Replaced at build time by Vite's `define` (vite.main.config.ts), from APPLE_TEAM_ID
// (build/appleTeamId.ts): `<Team ID>.org.deskid.app.webauthn`, or null when built without a
// team. A build-time constant rather than a key read from the app's Info.plist at run time
// because it is the simplest to test: a plain Vite build shows the value in the bundle
// (test/unit/builderConfig.test.ts) and unit tests set it as a global, where Info.plist
// exists only in a packaged Mac app and `electron-forge start` has none. Not replaced (unit
// tests), the name is looked up as a global, hence the `typeof`.
declare const DESKID_TOUCH_ID_KEYCHAIN_GROUP: string | null | undefined;

/**
 * The keychain access group Touch ID passkeys are kept under: `<Team ID>.<bundle id>.webauthn`,
 * the group electron-builder.ts puts in the signed app's `keychain-access-groups`
 * entitlement (build/README.md). Undefined in a build without APPLE_TEAM_ID (local, unsigned
 * or test builds), whose entitlements keep the placeholder team `DESKIDTEAM`.
 */
export const touchIdKeychainAccessGroup: string | undefined =
  typeof DESKID_TOUCH_ID_KEYCHAIN_GROUP === 'string' ? DESKID_TOUCH_ID_KEYCHAIN_GROUP : undefined;

/**
 * macOS: turns on the Touch ID platform authenticator (`app.configureWebAuthn`); until
 * then Electron answers that there is none. Answers whether it is on. Elsewhere, where
 * the running Electron lacks the API, or in a build without a Team ID (no keychain group
 * macOS would grant), it is off and the ceremony says so before trying.
 * `promptReason` ends macOS's "DeskID is trying to …" (`dialogStrings`: the OS locale at
 * start, since it is set once).
 */
export function configureTouchId(
  app: WebAuthnApp,
  platform: NodeJS.Platform,
  logError: (error: unknown) => void,
  promptReason: string,
): boolean {
  if (platform !== 'darwin' || typeof app.configureWebAuthn !== 'function') return false;
  if (touchIdKeychainAccessGroup === undefined) return false;
  try {
    app.configureWebAuthn({
      touchID: { keychainAccessGroup: touchIdKeychainAccessGroup, promptReason },
    });
    return true;
  } catch (error) {
    logError(error);
    return false;
  }
}
