import type { Factor } from '../../protocol';
import { iso } from '../AppContext';
import { maskPhone } from '../phone/parsePhone';
import type { FactorRecord } from '../store/Store';

/** The protocol's `Factor` for a stored one (never its secret). */
export function factorJson(factor: FactorRecord): Factor {
  return {
    id: factor.id,
    type: factor.type,
    label: factor.label,
    verified: factor.verified,
    createdAt: iso(factor.createdAt),
    ...(factor.lastUsedAt === null ? {} : { lastUsedAt: iso(factor.lastUsedAt) }),
    ...(factor.phone === null
      ? {}
      : {
          phone: {
            e164: factor.phone.e164,
            masked: maskPhone(factor.phone.e164),
            lineType: factor.phone.lineType,
            channels: factor.phone.channels,
          },
        }),
    ...(factor.passkey === null
      ? {}
      : {
          passkey: {
            credentialId: factor.passkey.credentialId,
            deviceType: factor.passkey.deviceType,
            backedUp: factor.passkey.backedUp,
            transports: factor.passkey.transports,
          },
        }),
  };
}
