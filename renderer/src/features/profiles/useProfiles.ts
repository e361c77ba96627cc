import { useBridge } from '../../bridge/BridgeContext';
import type { CallOutput } from '../../../../electron/contract/calls';
import { useQuery, type Query } from '../../data/useQuery';

/** The key of `profiles.list` in the renderer's store. */
export const profilesKey = 'profiles.list';

export type ProfileList = CallOutput<'profiles.list'>;

/** The people on this desktop, whether a PIN is required, and whether the OS keychain answers. */
export function useProfiles(): Query<ProfileList> {
  const bridge = useBridge();
  return useQuery(profilesKey, () => bridge.profiles.list({}));
}
