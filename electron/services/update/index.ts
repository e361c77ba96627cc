/** Auto-update: how this copy was installed, and whether it updates itself. */
export { detectInstallKind, msiMarkerName, updateConfigName, type InstallFacts, type InstallKind } from './installKind';
export { shouldAutoUpdate, type AutoUpdateDecision } from './shouldAutoUpdate';
