import { userInfo } from 'node:os';
import path from 'node:path';
import { jsonPolicySource } from './jsonPolicySource';
import { plistPolicySource } from './plistPolicySource';
import type { PolicySource } from './PolicySource';
import { registryPolicySource } from './registryPolicySource';

/** DeskID's macOS bundle id (forge.config.ts `appBundleId`): its managed-preferences domain. */
export const macBundleId = 'org.deskid.app';

/** Where each OS keeps DeskID's machine policy, for the IT guide and `deskid policy show`. */
export const policyLocations = {
  win32: ['HKLM\\Software\\Policies\\DeskID', 'HKCU\\Software\\Policies\\DeskID'],
  darwin: [
    `/Library/Managed Preferences/<user name>/${macBundleId}.plist`,
    `/Library/Managed Preferences/${macBundleId}.plist`,
  ],
  linux: ['/etc/deskid/policy.json'],
} as const;

/**
 * The machine-policy sources of this OS, in rising precedence (the last wins): Windows
 * HKCU then HKLM (the machine's policy beats the user's); on macOS the user's managed
 * preferences (an MDM profile installed for that user, which macOS puts in a folder named
 * for them) then the computer's, in the same order; Linux's `/etc/deskid/policy.json`.
 * `DESKID_POLICY_FILE` adds one file below them (a `.plist` is read as a plist, anything
 * else as JSON): a person can start DeskID with any environment, so the file may add to
 * the machine's policy (to try a policy out, or in tests) but never override it: for every
 * key the OS's own sources set, theirs is the value in force.
 */
export function defaultPolicySources(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  userName: () => string = () => userInfo().username,
): PolicySource[] {
  const override = env.DESKID_POLICY_FILE;
  if (override === undefined || override === '') return osPolicySources(platform, userName);
  const file = path.resolve(override);
  const tried = file.toLowerCase().endsWith('.plist') ? plistPolicySource(file) : jsonPolicySource(file);
  return [tried, ...osPolicySources(platform, userName)];
}

/** The machine-policy sources this OS keeps, in rising precedence. */
function osPolicySources(platform: NodeJS.Platform, userName: () => string): PolicySource[] {
  if (platform === 'win32') return [registryPolicySource('HKCU'), registryPolicySource('HKLM')];
  if (platform === 'darwin') {
    const [forUser, forComputer] = policyLocations.darwin;
    let user: string | undefined;
    try {
      user = userName();
    } catch {
      // No account entry for this user (userInfo throws): the computer's policy still holds.
    }
    const computer = plistPolicySource(forComputer);
    return user === undefined
      ? [computer]
      : [plistPolicySource(forUser.replace('<user name>', macUserFolder(user))), computer];
  }
  return [jsonPolicySource(policyLocations.linux[0])];
}

/** The user's managed-preferences folder name: their short name, never a path of its own. */
function macUserFolder(name: string): string {
  return path.basename(name) === name && name !== '' && name !== '.' && name !== '..' ? name : '_';
}
