import { z } from 'zod';

/**
 * The largest value, in bytes once decoded, of each binary field of a WebAuthn result.
 * Every base64url field of the two result schemas is bounded by one of these, so that a
 * result's largest valid JSON is known (the bridge derives its body limits from them:
 * `electron/contract/calls/bodyLimits.ts`). Each is either the specification's own limit
 * or several times what real authenticators send.
 */
export const webauthnMaxBytes = {
  /**
   * A credential id: at most 1,023 bytes (WebAuthn Level 3, "Credential ID"; CTAP 2.1
   * likewise). Platform authenticators use 16 to 64, security keys with server-side
   * credentials up to a few hundred.
   */
  credentialId: 1023,
  /**
   * A user handle: at most 64 bytes (WebAuthn, "User Handle"). The ID server makes 32.
   */
  userHandle: 64,
  /**
   * `clientDataJSON`: the ceremony type, a challenge (43 characters from the ID server),
   * the origin, `crossOrigin`, perhaps a `topOrigin` and Chromium's
   * `other_keys_can_be_added_here` note: 150 to 400 bytes, under 1 KB with two origins of
   * 253-character hosts. 4 KiB leaves four times that.
   */
  clientDataJSON: 4 * 1024,
  /**
   * An attestation object (CBOR): the authenticator data below plus the attestation
   * statement. With `attestation: "none"` (what the ID server asks) it is under 1.5 KB;
   * a full statement with its certificate chain (packed with 2 to 3 certificates, TPM with
   * `certInfo`, `pubArea` and an AIK chain, android-key with 3 to 4) reaches 3 to 5 KB.
   * 16 KiB is three times the largest of these.
   */
  attestationObject: 16 * 1024,
  /**
   * Authenticator data: 37 bytes, plus at registration the attested credential data
   * (18 bytes, the credential id of up to 1,023 and a COSE key, about 550 for RSA-4096)
   * and any extension outputs (a few bytes each): at most about 1.7 KB.
   */
  authenticatorData: 4 * 1024,
  /**
   * The credential's public key as SubjectPublicKeyInfo DER (`getPublicKey()`): 44 bytes
   * for Ed25519, 91 for P-256, 294 for RSA-2048, 550 for RSA-4096.
   */
  publicKey: 2 * 1024,
  /**
   * An assertion signature: 64 bytes for Ed25519, at most 72 for ES256 (DER), 256 for
   * RS256 with RSA-2048, 512 with RSA-4096.
   */
  signature: 2 * 1024,
} as const;

/** Characters of unpadded base64url for `bytes` bytes. */
export function base64urlLength(bytes: number): number {
  return Math.ceil((bytes * 4) / 3);
}

/** Unpadded base64url text of at most `maxBytes` bytes once decoded (and at least `minBytes`). */
function base64url(maxBytes: number | undefined, minBytes = 0) {
  const text = z.string().regex(/^[A-Za-z0-9_-]*$/, 'Expected base64url text.');
  const atLeast = minBytes === 0 ? text : text.min(base64urlLength(minBytes));
  return maxBytes === undefined ? atLeast : atLeast.max(base64urlLength(maxBytes));
}

const credentialId = base64url(webauthnMaxBytes.credentialId, 1);

/** The transports WebAuthn Level 3 names (`AuthenticatorTransport`). */
const transportNames = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'] as const;
/** An authenticator's transports: each at most once, so no more than there are names. */
const transports = z.array(z.enum(transportNames)).max(transportNames.length);

const userVerification = z.enum(['discouraged', 'preferred', 'required']);
/** `hints` (WebAuthn Level 3): each at most once. */
const hints = z.array(z.enum(['security-key', 'client-device', 'hybrid'])).max(3);

/**
 * `clientExtensionResults`: the outputs of the client extensions. A browser reports only
 * those the options asked for, and the ID server asks for `credProps` alone. The others
 * here are single booleans (Level 3's `appid` and `appidExclude`, Chromium's
 * `hmacCreateSecret`), kept so that a browser that reports one anyway is still read.
 * Anything else is refused as an unknown field, so no output is unbounded (a `largeBlob`
 * or `prf` output could carry kilobytes).
 */
const extensionResults = z.strictObject({
  /** `credProps`: whether the credential is discoverable, and the authenticator's name for it (Level 3). */
  credProps: z
    .strictObject({
      rk: z.boolean().optional(),
      // Shown by passkey managers ("iCloud Keychain"); no real name comes near 256 characters.
      authenticatorDisplayName: z.string().max(256).optional(),
    })
    .optional(),
  appid: z.boolean().optional(),
  appidExclude: z.boolean().optional(),
  hmacCreateSecret: z.boolean().optional(),
});

/** The fields every `PublicKeyCredential.toJSON()` shares, registration or authentication. */
const credentialFields = {
  id: credentialId,
  rawId: credentialId,
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: extensionResults,
};

/**
 * A `RegistrationResponseJSON` (WebAuthn Level 3 `PublicKeyCredential.toJSON()`). Every
 * field is bounded (`webauthnMaxBytes`); unknown fields are refused.
 */
export const registrationResponseSchema = z.strictObject({
  ...credentialFields,
  response: z.strictObject({
    clientDataJSON: base64url(webauthnMaxBytes.clientDataJSON),
    attestationObject: base64url(webauthnMaxBytes.attestationObject),
    authenticatorData: base64url(webauthnMaxBytes.authenticatorData).optional(),
    transports: transports.optional(),
    /** A COSE algorithm identifier (-7 ES256, -8 EdDSA, -257 RS256). */
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url(webauthnMaxBytes.publicKey).optional(),
  }),
});

/** An `AuthenticationResponseJSON`. Every field is bounded; unknown fields are refused. */
export const authenticationResponseSchema = z.strictObject({
  ...credentialFields,
  response: z.strictObject({
    clientDataJSON: base64url(webauthnMaxBytes.clientDataJSON),
    authenticatorData: base64url(webauthnMaxBytes.authenticatorData),
    signature: base64url(webauthnMaxBytes.signature),
    userHandle: base64url(webauthnMaxBytes.userHandle).optional(),
  }),
});

// The options come from the ID server and go, as they are, to the browser or the OS. They
// are checked field by field: an unknown field, a wrong type or a value WebAuthn does not
// define is refused (the client answers `server_protocol_error` naming the field, the mock
// server refuses to send it). Lists of credentials are not bounded: the protocol sets no
// limit to an account's passkeys, and options are an answer, never a body anyone reads.

/**
 * A challenge: at least 16 bytes (WebAuthn, "Cryptographic Challenges"); the ID server
 * sends 32. A shorter one could be guessed, so it is refused.
 */
const challenge = base64url(undefined, 16);
/** Milliseconds; the ID server sends its options' lifetime (5 minutes). */
const timeout = z.number().int().positive();
/** An RP ID is a domain (at most 253 characters); `localhost` for the mock server. */
const rpId = z.string().min(1).max(253);

/** The attestation statement formats of IANA's WebAuthn registry. */
const attestationFormatNames = [
  'packed',
  'tpm',
  'android-key',
  'android-safetynet',
  'fido-u2f',
  'apple',
  'compound',
  'none',
] as const;

/** `PublicKeyCredentialDescriptorJSON`: a credential to exclude or allow. */
const descriptor = z.strictObject({
  id: credentialId,
  type: z.literal('public-key'),
  transports: transports.optional(),
});

/**
 * `PublicKeyCredentialCreationOptionsJSON` (WebAuthn Level 3), as the browser's
 * `parseCreationOptionsFromJSON` and `@simplewebauthn/browser` take it. Besides the fields
 * api.md names, it has what `generateRegistrationOptions` (`@simplewebauthn/server` 14)
 * adds: `requireResidentKey`, `extensions: {credProps: true}` and `hints: []`.
 */
export const creationOptionsSchema = z.strictObject({
  rp: z.strictObject({ name: z.string(), id: rpId.optional() }),
  user: z.strictObject({
    id: base64url(webauthnMaxBytes.userHandle, 1),
    name: z.string(),
    displayName: z.string(),
  }),
  challenge,
  pubKeyCredParams: z.array(z.strictObject({ type: z.literal('public-key'), alg: z.number().int() })),
  timeout: timeout.optional(),
  excludeCredentials: z.array(descriptor).optional(),
  authenticatorSelection: z
    .strictObject({
      authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
      residentKey: z.enum(['discouraged', 'preferred', 'required']).optional(),
      requireResidentKey: z.boolean().optional(),
      userVerification: userVerification.optional(),
    })
    .optional(),
  hints: hints.optional(),
  attestation: z.enum(['none', 'indirect', 'direct', 'enterprise']).optional(),
  /** Level 3: the attestation statement formats the server prefers (IANA's registry), each at most once. */
  attestationFormats: z.array(z.enum(attestationFormatNames)).max(attestationFormatNames.length).optional(),
  /** Only `credProps`: the one extension whose output the results above expect from registration. */
  extensions: z.strictObject({ credProps: z.boolean().optional() }).optional(),
});

/**
 * `PublicKeyCredentialRequestOptionsJSON` (WebAuthn Level 3), as
 * `generateAuthenticationOptions` makes it. The ID server asks for no extension at sign-in,
 * so `extensions` may only be empty (the library sets the key, to `undefined`, even when
 * it is given none); an extension in it is refused like any unknown field.
 */
export const requestOptionsSchema = z.strictObject({
  challenge,
  timeout: timeout.optional(),
  rpId: rpId.optional(),
  allowCredentials: z.array(descriptor).optional(),
  userVerification: userVerification.optional(),
  hints: hints.optional(),
  extensions: z.strictObject({}).optional(),
});

export type RegistrationResponse = z.infer<typeof registrationResponseSchema>;
export type AuthenticationResponse = z.infer<typeof authenticationResponseSchema>;
