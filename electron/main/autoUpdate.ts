import { existsSync } from 'node:fs';
import type { MachinePolicy } from '../services/policy/MachinePolicy';
import { detectInstallKind, shouldAutoUpdate, type AutoUpdateDecision } from '../services/update';

/** The part of electron-updater's `autoUpdater` DeskID uses. */
export interface Updater {
  checkForUpdatesAndNotify(): Promise<unknown>;
}

/**
 * Auto-update at start, only where `shouldAutoUpdate` says so (policy `autoUpdate` on, and
 * an NSIS, macOS or AppImage install; never an MSI). electron-updater is loaded only then.
 * A failed check is logged and DeskID runs on. Answers the decision (for tests and logs).
 */
export function startAutoUpdate(
  app: { isPackaged: boolean },
  policy: MachinePolicy | undefined,
  onError: (error: unknown) => void,
  loadUpdater: () => Promise<Updater> = async () => (await import('electron-updater')).autoUpdater,
): AutoUpdateDecision {
  const installKind = detectInstallKind({
    platform: process.platform,
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    env: process.env,
    exists: existsSync,
  });
  const decision = shouldAutoUpdate({ policyAllows: policy?.resolve().values.autoUpdate ?? false, installKind });
  if (decision.update)
    void loadUpdater()
      .then((updater) => updater.checkForUpdatesAndNotify())
      .catch(onError);
  return decision;
}
