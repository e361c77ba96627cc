import { useBridge } from '../../bridge/BridgeContext';
import type { CallOutput } from '../../../../electron/contract/calls';
import { queryCache } from '../../data/queryCache';
import { useQuery, type Query } from '../../data/useQuery';

/** The key of `profiles.list` in the renderer's store. */
export const profilesKey = 'profiles.list';

export type ProfileList = CallOutput<'profiles.list'>;

/** The people on this desktop, whether a PIN is required, and whether the OS keychain answers. */
export function useProfiles(): Query<ProfileList> {
  const bridge = useBridge();
  return useQuery(profilesKey, () => bridge.profiles.list({}));
}

/**
 * Puts a profile the host just unlocked in the store at once (the header's "Switch
 * person" and the codes screen follow it), without asking for the list again.
 */
export function markUnlocked(profile: ProfileList['profiles'][number]): void {
  const list = queryCache.get(profilesKey)?.value as ProfileList | undefined;
  if (list === undefined) return;
  queryCache.set(profilesKey, {
    ...list,
    profiles: list.profiles.map((each) => (each.id === profile.id ? profile : { ...each, unlocked: false })),
  });
}
