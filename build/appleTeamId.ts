import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The team build/entitlements.mac.plist names until a real one replaces it. */
export const placeholderTeamId = 'DESKIDTEAM';

/**
 * The Apple Developer Team ID of a macOS release, read from `APPLE_TEAM_ID` at build time:
 * the one place both users of the Touch ID keychain access group take it from, so that the
 * two always match (build/README.md, "macOS: Touch ID passkeys"):
 *
 * - electron-builder.ts signs with `build/entitlements.mac.plist`, its placeholder team
 *   replaced (`keychain-access-groups`);
 * - vite.main.config.ts defines `DESKID_TOUCH_ID_KEYCHAIN_GROUP` for the main process
 *   (electron/main/ceremony/configureTouchId.ts, `app.configureWebAuthn`).
 *
 * Unset or empty (GitHub gives an empty string for a missing secret): an unsigned local or
 * test build, which keeps the placeholder and does not turn Touch ID on.
 */
export function appleTeamIdFrom(env: NodeJS.ProcessEnv): string | undefined {
  const teamId = env.APPLE_TEAM_ID;
  if (teamId === undefined || teamId === '') return undefined;
  if (!/^[A-Z0-9]{10}$/.test(teamId)) {
    throw new TypeError(
      `APPLE_TEAM_ID "${teamId}" is not an Apple Developer Team ID: expected 10 upper-case letters or digits, as in "A1B2C3D4E5" (developer.apple.com › Account › Membership details)`,
    );
  }
  if (teamId === placeholderTeamId) {
    throw new TypeError(
      `APPLE_TEAM_ID "${teamId}" is the placeholder of build/entitlements.mac.plist, expected the Apple Developer Team ID the release is signed with`,
    );
  }
  return teamId;
}

/** The Touch ID keychain access group: `<Team ID>.<bundle id>.webauthn` (appId `org.deskid.app`). */
export function touchIdKeychainGroup(teamId: string): string {
  return `${teamId}.org.deskid.app.webauthn`;
}

/**
 * The entitlements of build/entitlements.mac.plist (`template`) for `teamId`: its one
 * placeholder group replaced. A template without exactly one is refused, so that a changed
 * template cannot silently sign without the group.
 */
export function macEntitlementsFor(template: string, teamId: string): string {
  const placeholder = `<string>${touchIdKeychainGroup(placeholderTeamId)}</string>`;
  const parts = template.split(placeholder);
  if (parts.length !== 2) {
    throw new Error(`The entitlements template must hold ${placeholder} once, found it ${parts.length - 1} times`);
  }
  return parts.join(`<string>${touchIdKeychainGroup(teamId)}</string>`);
}

/**
 * electron-builder's `beforePack` check, on macOS: Forge's Vite build of the main process
 * (`bundleDir`, .vite/build) must carry the same team's group as the entitlements, or none
 * when there is no team: the team reaches the two in two build steps (`electron-forge
 * package`, then `electron-builder`), and a mismatch would leave Touch ID off in a signed
 * release without a word.
 */
export async function checkMainBundleTeamId(bundleDir: string, teamId: string | undefined): Promise<void> {
  const scripts = (await readdir(bundleDir, { recursive: true })).filter((file) => /\.[cm]?js$/.test(file));
  if (scripts.length === 0) {
    throw new Error(`No main-process bundle in ${bundleDir}: run npx electron-forge package first`);
  }
  const found = new Set<string>();
  for (const script of scripts) {
    const text = await readFile(path.join(bundleDir, script), 'utf8');
    for (const match of text.matchAll(/\b([A-Z0-9]{10})\.org\.deskid\.app\.webauthn\b/g)) found.add(match[1] ?? '');
  }
  const expected = teamId === undefined ? [] : [teamId];
  if (found.size !== expected.length || !expected.every((team) => found.has(team))) {
    throw new Error(
      `The main process in ${bundleDir} was built for the Touch ID team ${[...found].join(', ') || '(none)'}, but the entitlements name ${teamId ?? '(none: APPLE_TEAM_ID unset)'}: run npx electron-forge package and npx electron-builder with the same APPLE_TEAM_ID`,
    );
  }
}
