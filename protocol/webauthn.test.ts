import { describe, expect, it } from 'vitest';
import {
  authenticationResponseSchema,
  base64urlLength,
  creationOptionsSchema,
  registrationResponseSchema,
  requestOptionsSchema,
  webauthnMaxBytes,
} from './webauthn';

/** What `generateRegistrationOptions` (@simplewebauthn/server 14) made for the mock server, as JSON. */
const creationOptions = {
  challenge: 'R-bHq_Ql0qD-uSTtEpW-C43an3LViX5Xf1foMA5mcLk',
  rp: { name: 'DeskID', id: 'localhost' },
  user: { id: 'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHg', name: 'alice', displayName: 'Alice' },
  pubKeyCredParams: [
    { alg: -8, type: 'public-key' },
    { alg: -7, type: 'public-key' },
    { alg: -257, type: 'public-key' },
  ],
  timeout: 300000,
  attestation: 'none',
  excludeCredentials: [{ id: 'Y3JlZGVudGlhbC1pZA', transports: ['internal'], type: 'public-key' }],
  authenticatorSelection: {
    authenticatorAttachment: 'platform',
    residentKey: 'required',
    userVerification: 'required',
    requireResidentKey: true,
  },
  extensions: { credProps: true },
  hints: [],
};

/** What `generateAuthenticationOptions` made, as JSON. */
const requestOptions = {
  rpId: 'localhost',
  challenge: 'MOxqMsjdo6o_8FA9cGVu-WKBC3NgvGFhmckhM3rINdY',
  allowCredentials: [{ id: 'Y3JlZGVudGlhbC1pZA', transports: ['internal', 'hybrid'], type: 'public-key' }],
  timeout: 300000,
  userVerification: 'required',
};

/** The first issue's path and message, or undefined when the value passes. */
function refusal(result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const issue = result.error?.issues[0];
  return issue === undefined ? undefined : { path: issue.path.join('.'), message: issue.message };
}

describe('passkey option schemas', () => {
  it("take what the mock server's library makes", () => {
    expect(creationOptionsSchema.safeParse(creationOptions).error).toBeUndefined();
    expect(requestOptionsSchema.safeParse(requestOptions).error).toBeUndefined();
    expect(requestOptionsSchema.safeParse({ ...requestOptions, extensions: undefined }).error).toBeUndefined();
  });

  it('refuse an unknown field, naming it', () => {
    const misspelt = refusal(creationOptionsSchema.safeParse({ ...creationOptions, attestaton: 'direct' }));
    expect(misspelt?.path).toBe('');
    expect(misspelt?.message).toContain('"attestaton"');
    const selection = { ...creationOptions.authenticatorSelection, requireUserVerification: true };
    const nested = refusal(creationOptionsSchema.safeParse({ ...creationOptions, authenticatorSelection: selection }));
    expect(nested?.path).toBe('authenticatorSelection');
    expect(nested?.message).toContain('"requireUserVerification"');
    expect(refusal(requestOptionsSchema.safeParse({ ...requestOptions, mediation: 'conditional' }))?.message).toContain(
      '"mediation"',
    );
  });

  it('refuse an extension the results do not expect', () => {
    const prf = { ...creationOptions, extensions: { credProps: true, prf: { eval: { first: 'AAAA' } } } };
    expect(refusal(creationOptionsSchema.safeParse(prf))?.path).toBe('extensions');
    expect(
      refusal(requestOptionsSchema.safeParse({ ...requestOptions, extensions: { appid: 'https://x' } }))?.path,
    ).toBe('extensions');
  });

  it('refuse malformed values: a short challenge, a user id over 64 bytes, an unknown transport or type', () => {
    const cases = [
      [creationOptionsSchema, { ...creationOptions, challenge: 'c2hvcnQ' }, 'challenge'],
      [creationOptionsSchema, { ...creationOptions, challenge: 'not base64url!' }, 'challenge'],
      [creationOptionsSchema, { ...creationOptions, user: { ...creationOptions.user, id: 'A'.repeat(87) } }, 'user.id'],
      [creationOptionsSchema, { ...creationOptions, attestation: 'full' }, 'attestation'],
      [creationOptionsSchema, { ...creationOptions, timeout: -1 }, 'timeout'],
      [
        requestOptionsSchema,
        { ...requestOptions, allowCredentials: [{ id: 'AAAA', type: 'password' }] },
        'allowCredentials.0.type',
      ],
      [
        requestOptionsSchema,
        { ...requestOptions, allowCredentials: [{ id: 'AAAA', type: 'public-key', transports: ['wifi'] }] },
        'allowCredentials.0.transports.0',
      ],
      [requestOptionsSchema, { ...requestOptions, userVerification: 'always' }, 'userVerification'],
    ] as const;
    for (const [schema, value, path] of cases) expect(refusal(schema.safeParse(value))?.path).toBe(path);
  });
});

describe('passkey result schemas', () => {
  const registration = {
    id: 'Y3JlZGVudGlhbC1pZA',
    rawId: 'Y3JlZGVudGlhbC1pZA',
    type: 'public-key',
    authenticatorAttachment: 'platform',
    clientExtensionResults: { credProps: { rk: true } },
    response: {
      clientDataJSON: 'e30',
      attestationObject: 'o2NmbXRkbm9uZQ',
      authenticatorData: 'AAAA',
      transports: ['internal', 'hybrid'],
      publicKeyAlgorithm: -7,
      publicKey: 'AAAA',
    },
  };
  const authentication = {
    id: 'Y3JlZGVudGlhbC1pZA',
    rawId: 'Y3JlZGVudGlhbC1pZA',
    type: 'public-key',
    clientExtensionResults: {},
    response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA', userHandle: 'AAAA' },
  };
  const withResponse = <T extends { response: object }>(result: T, fields: object) => ({
    ...result,
    response: { ...result.response, ...fields },
  });

  it('take every field at its bound, and refuse one character more', () => {
    const at = (bytes: number, extra = 0) => 'A'.repeat(base64urlLength(bytes) + extra);
    const m = webauthnMaxBytes;
    const fields = [
      [registrationResponseSchema, registration, 'attestationObject', m.attestationObject],
      [registrationResponseSchema, registration, 'clientDataJSON', m.clientDataJSON],
      [registrationResponseSchema, registration, 'authenticatorData', m.authenticatorData],
      [registrationResponseSchema, registration, 'publicKey', m.publicKey],
      [authenticationResponseSchema, authentication, 'signature', m.signature],
      [authenticationResponseSchema, authentication, 'userHandle', m.userHandle],
      [authenticationResponseSchema, authentication, 'authenticatorData', m.authenticatorData],
    ] as const;
    for (const [schema, result, field, bytes] of fields) {
      expect(refusal(schema.safeParse(withResponse(result, { [field]: at(bytes) }))), field).toBeUndefined();
      expect(refusal(schema.safeParse(withResponse(result, { [field]: at(bytes, 1) })))?.path).toBe(
        `response.${field}`,
      );
    }
    for (const key of ['id', 'rawId'] as const) {
      expect(refusal(registrationResponseSchema.safeParse({ ...registration, [key]: at(1023) }))).toBeUndefined();
      expect(refusal(registrationResponseSchema.safeParse({ ...registration, [key]: at(1023, 1) }))?.path).toBe(key);
    }
  });

  it('bound the transports and the extension results', () => {
    const eight = withResponse(registration, { transports: Array<string>(8).fill('internal') });
    expect(refusal(registrationResponseSchema.safeParse(eight))?.path).toBe('response.transports');
    const blob = { ...authentication, clientExtensionResults: { largeBlob: { blob: 'A'.repeat(100_000) } } };
    const unknown = refusal(authenticationResponseSchema.safeParse(blob));
    expect(unknown?.path).toBe('clientExtensionResults');
    expect(unknown?.message).toContain('"largeBlob"');
    const name = { credProps: { rk: true, authenticatorDisplayName: 'x'.repeat(257) } };
    expect(refusal(registrationResponseSchema.safeParse({ ...registration, clientExtensionResults: name }))?.path).toBe(
      'clientExtensionResults.credProps.authenticatorDisplayName',
    );
  });

  it('take the results of a typical authenticator', () => {
    expect(refusal(registrationResponseSchema.safeParse(registration))).toBeUndefined();
    expect(refusal(authenticationResponseSchema.safeParse(authentication))).toBeUndefined();
  });
});
