import type { Factor } from '../../protocol';
import { iso } from '../AppContext';
import { maskPhone } from '../phone/parsePhone';
import type { FactorSummary } from '../store/Store';

/** The protocol's `Factor` for a stored one (never its secret). */
export function factorJson(factor: FactorSummary): Factor {
  // Optional fields are added one by one rather than spread in: every reply then shares
  // the same few object shapes, and GET /me builds one of these per factor.
  const json: Factor = {
    id: factor.id,
    type: factor.type,
    label: factor.label,
    verified: factor.verified,
    createdAt: iso(factor.createdAt),
  };
  if (factor.lastUsedAt !== null) json.lastUsedAt = iso(factor.lastUsedAt);
  const { phone, passkey } = factor;
  if (phone !== null) {
    json.phone = {
      e164: phone.e164,
      masked: maskPhone(phone.e164),
      lineType: phone.lineType,
      channels: phone.channels,
    };
  }
  if (passkey !== null) {
    json.passkey = {
      credentialId: passkey.credentialId,
      deviceType: passkey.deviceType,
      backedUp: passkey.backedUp,
      transports: passkey.transports,
    };
  }
  return json;
}
