import { useBridge } from '../../bridge/BridgeContext';
import { settingsKey, type Settings } from '../../data/settingsQuery';
import { useQuery, type Query } from '../../data/useQuery';

/** The settings in force on this computer (the person's and those IT set). */
export function useSettings(): Query<Settings> {
  const bridge = useBridge();
  return useQuery(settingsKey, () => bridge.settings.get({}));
}
