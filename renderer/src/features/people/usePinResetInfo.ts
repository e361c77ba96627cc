import type { CallOutput } from '../../../../electron/contract/calls';
import { useBridge } from '../../bridge/BridgeContext';
import { queryCache } from '../../data/queryCache';
import { useQuery, type Query, type QueryOptions } from '../../data/useQuery';

export type PinResetInfo = CallOutput<'profiles.pinResetInfo'>;

const keyOf = (profileId: string) => `profiles.pinResetInfo:${profileId}`;

/** Whether a profile's PIN can be reset, and through which ID-server account (cleared on lock, as every query). */
export function usePinResetInfo(
  profileId: string,
  { enabled = true }: Pick<QueryOptions, 'enabled'> = {},
): Query<PinResetInfo> {
  const bridge = useBridge();
  return useQuery(keyOf(profileId), () => bridge.profiles.pinResetInfo({ id: profileId }), { enabled });
}

/** Reads the profile's reset state again (after a set-up or a reset). */
export const forgetPinResetInfo = (profileId: string): void => queryCache.invalidate(keyOf(profileId));
