import type { CallOutput } from '../../../electron/contract/calls';
import type { GroupedBridge } from '../../../electron/contract/groupedClient';
import { queryCache } from './queryCache';

/** The key of `settings.get` in the renderer's store. */
export const settingsKey = 'settings.get';

export type Settings = CallOutput<'settings.get'>;

/**
 * Starts loading the settings before the first render, beside the account: the first
 * frame is drawn in the saved language and theme, read from the one place they are kept
 * (the host's settings file, which the settings screen, the CLI and IT change).
 */
export function preloadSettings(bridge: GroupedBridge): void {
  queryCache.load(settingsKey, () => bridge.settings.get({}));
}

/** The settings loaded at start, if they came in time (`undefined` otherwise). */
export function settingsAtStart(): Settings | undefined {
  const entry = queryCache.get(settingsKey);
  return entry?.loading === false ? (entry.value as Settings | undefined) : undefined;
}
