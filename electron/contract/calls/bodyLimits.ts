import { z } from 'zod';
import { base64urlLength, webauthnMaxBytes } from '../../../protocol/webauthn';

/**
 * The body limit of the browser host outside the bridge calls (Fastify's app-wide
 * `bodyLimit`): 64 KiB. Every bridge call sets its own `maxBodyBytes`, from the groups
 * below, so no call reads more than its input can need.
 */
export const defaultMaxBodyBytes = 64 * 1024;

/**
 * One character of a string costs at most 6 bytes in a JSON body: a control character is
 * written `\u0001`. (Any other character takes at most 3 bytes of UTF-8 per UTF-16 unit,
 * which is what zod's `max` counts.) The limits below are multiples of 1 KiB, so the
 * browser host's refusal names them exactly ("larger than 8 KiB").
 */
export const maxJsonBytesPerCharacter = 6;

/**
 * Room in a passkey result's body for all but its base64url fields: the keys, quotes and
 * commas (about 250 bytes), `type`, `authenticatorAttachment`, the transports (7, about
 * 90 bytes), the extension results (a display name of 256 characters, up to 1.6 KB
 * escaped) and `enrollment.passkey`'s label (64 characters, 384 bytes escaped).
 */
const passkeyEnvelopeBytes = 3 * 1024;

/**
 * The body limit of a passkey ceremony's result, derived from the bounds of its schema
 * (`webauthnMaxBytes` in protocol/webauthn.ts): every base64url field at its longest, plus
 * {@link passkeyEnvelopeBytes}, rounded up to a KiB. A registration (id, rawId,
 * clientDataJSON, attestationObject, authenticatorData, publicKey) comes to 41 KiB for a
 * largest body of 40.6 KB, an authentication (id, rawId, clientDataJSON, authenticatorData,
 * signature, userHandle) to 20 KiB for 18.3 KB; both below the ID server's own 64 KiB.
 */
export function passkeyResultBodyBytes(kind: 'registration' | 'authentication'): number {
  const m = webauthnMaxBytes;
  const fields =
    kind === 'registration'
      ? [m.credentialId, m.credentialId, m.clientDataJSON, m.attestationObject, m.authenticatorData, m.publicKey]
      : [m.credentialId, m.credentialId, m.clientDataJSON, m.authenticatorData, m.signature, m.userHandle];
  const base64Bytes = fields.reduce((sum, bytes) => sum + base64urlLength(bytes), 0);
  return roundUpToKiB(base64Bytes + passkeyEnvelopeBytes);
}

/**
 * The body limits of the calls that take no file, by the size of their input. Each states
 * the largest valid body of its calls (strings at their max length of escaped characters);
 * `bodyLimits.test.ts` builds that body for every call and checks it fits, and that no
 * limit is more than three times it (or 1 KiB).
 */
export const bodyLimits = {
  /**
   * No input (`{}`), or a few short fields: ids (100 characters), codes, PINs, names and
   * labels (64), settings. The largest is `signIn.code`'s phone code and factor id:
   * 128 characters, 810 bytes.
   */
  short: 1024,
  /** `desktop.copySecret`: a recovery code or setup key of up to 256 characters (1.6 KB). */
  secretText: 2 * 1024,
  /**
   * A form with a password or passphrase (1,024 characters) or a whole account typed by
   * hand (issuer and label of 256, a secret of 512): `signIn.password` is the largest, 1,280
   * characters, 7.7 KB.
   */
  form: 8 * 1024,
  /** `adding.fromUri`: one `otpauth://` or `otpauth-migration://` URI of up to 4,096 characters (24.6 KB). */
  uri: 32 * 1024,
  /** `enrollment.passkey`: a registration result and a label ({@link passkeyResultBodyBytes}). */
  passkeyRegistration: passkeyResultBodyBytes('registration'),
  /** `signIn.passkey`: an authentication result ({@link passkeyResultBodyBytes}). */
  passkeyAuthentication: passkeyResultBodyBytes('authentication'),
} as const;

/**
 * `codes.reorder`: every account id once, up to 10,000 of at most 100 characters of the
 * vault's id alphabet (one byte each), each with its quotes and comma: 1,030,009 bytes,
 * rounded up to 1,006 KiB.
 */
export function reorderBodyBytes(maxAccounts: number, maxIdLength: number): number {
  return roundUpToKiB(maxAccounts * (maxIdLength + 3) + '{"ids":[]}'.length);
}

/**
 * Room for the JSON around a file's base64 text: a file name (255 characters) and a
 * password or passphrase (1,024), each character up to 6 bytes escaped (7,674 bytes),
 * with the keys, quotes and the restore mode.
 */
const envelopeBytes = 8 * 1024;

/** Base64 characters for `bytes` bytes (padded). */
function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

function roundUpToKiB(bytes: number): number {
  return Math.ceil(bytes / 1024) * 1024;
}

/**
 * A file sent across the bridge as base64, of at most `maxBytes` bytes once decoded, and
 * the body limit a call carrying it needs (`maxBodyBytes` of its spec): the base64 text
 * plus a small envelope, so each call allows no more than its file.
 */
export function fileUpload(maxBytes: number): { dataBase64: z.ZodString; maxBodyBytes: number } {
  const length = base64Length(maxBytes);
  return {
    dataBase64: z
      .string()
      .min(1)
      .max(length, `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB.`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64 text.'),
    maxBodyBytes: roundUpToKiB(length + envelopeBytes),
  };
}

/** A file's name as the person chose it (shown in messages, never used as a path). */
export const fileName = z.string().trim().min(1).max(255);
