import type { CallOutput } from '../../../../electron/contract/calls';
import { useBridge } from '../../bridge/BridgeContext';
import { useQuery, type Query } from '../../data/useQuery';

/** The key of `settings.get` in the renderer's store. */
export const settingsKey = 'settings.get';

export type Settings = CallOutput<'settings.get'>;

/** The settings in force on this computer (the person's and those IT set). */
export function useSettings(): Query<Settings> {
  const bridge = useBridge();
  return useQuery(settingsKey, () => bridge.settings.get({}));
}
