import type { InstallKind } from './installKind';

/** Whether DeskID checks for and installs updates by itself, and why. */
export interface AutoUpdateDecision {
  update: boolean;
  /** One sentence for the log and the IT guide's wording: why updates are on or off. */
  reason: string;
}

/** The installs electron-updater updates; the others are updated by IT or by the OS's package manager. */
const selfUpdating: ReadonlySet<InstallKind> = new Set(['nsis', 'mac', 'appimage']);

const offBecause: Record<Exclude<InstallKind, 'nsis' | 'mac' | 'appimage'>, string> = {
  msi: 'installed with the MSI, which IT updates (a new MSI with the same upgrade code)',
  'linux-package': "installed with a deb or rpm package, which the system's package manager updates",
  unpackaged: 'not an installed build (a development run, or a build without an update feed)',
};

/**
 * Auto-update is off unless machine policy's `autoUpdate` is on, and never for an MSI
 * install (IT deploys each new MSI), a deb or rpm (the package manager's job) or a
 * development run. Policy wins first: with `autoUpdate` off, no install kind updates.
 */
export function shouldAutoUpdate({
  policyAllows,
  installKind,
}: {
  /** The effective `autoUpdate` setting (default off; only machine policy turns it on). */
  policyAllows: boolean;
  installKind: InstallKind;
}): AutoUpdateDecision {
  if (!policyAllows) return { update: false, reason: 'policy autoUpdate is off (the default)' };
  if (selfUpdating.has(installKind))
    return { update: true, reason: `policy autoUpdate is on (${installKind} install)` };
  return { update: false, reason: offBecause[installKind as keyof typeof offBecause] };
}
