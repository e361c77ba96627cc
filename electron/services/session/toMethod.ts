import type { Method } from '../../contract/accountStatus';
import type { Factor } from '../../../protocol';

/**
 * A protocol factor as the renderer sees it: the full phone number (`e164`) and the
 * passkey's credential id stay on the host side; a passkey "syncs" when the server saw
 * a multi-device credential.
 */
export function toMethod(factor: Factor): Method {
  return {
    id: factor.id,
    type: factor.type,
    label: factor.label,
    verified: factor.verified,
    createdAt: factor.createdAt,
    ...(factor.lastUsedAt === undefined ? {} : { lastUsedAt: factor.lastUsedAt }),
    ...(factor.phone === undefined
      ? {}
      : {
          phone: { masked: factor.phone.masked, lineType: factor.phone.lineType, channels: factor.phone.channels },
        }),
    ...(factor.passkey === undefined
      ? {}
      : { passkey: { syncs: factor.passkey.deviceType === 'multiDevice', backedUp: factor.passkey.backedUp } }),
  };
}
