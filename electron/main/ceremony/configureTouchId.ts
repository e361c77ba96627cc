/** The part of Electron's `app` that configures platform authenticators (macOS, Electron 45+). */
export interface WebAuthnApp {
  configureWebAuthn?: (options: { touchID?: { keychainAccessGroup: string; promptReason?: string } }) => void;
}

/**
 * The keychain access group Touch ID passkeys are kept under: `<Team ID>.<bundle id>.webauthn`.
 * It must also be in the signed app's `keychain-access-groups` entitlement
 * (build/entitlements.mac.plist); build/README.md says how to set the Team ID for a release.
 */
export const touchIdKeychainAccessGroup = 'DESKIDTEAM.org.deskid.app.webauthn';

/**
 * macOS: turns on the Touch ID platform authenticator (`app.configureWebAuthn`); until
 * then Electron answers that there is none. Answers whether it is on. Elsewhere, or where
 * the running Electron lacks the API, it is off and the ceremony says so before trying.
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
