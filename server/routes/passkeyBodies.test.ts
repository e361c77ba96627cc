/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  base64urlLength,
  creationOptionsSchema,
  requestOptionsSchema,
  webauthnMaxBytes,
} from '../../protocol/webauthn';
import { testServer, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000 } });
});
afterAll(() => t.close());

/** The longest base64url text a field of `bytes` bytes may have, `extra` characters more. */
const text = (bytes: number, extra = 0) => 'A'.repeat(base64urlLength(bytes) + extra);

/** A registration result of the right shape (it never verifies: its bytes are not CBOR). */
function registration(attestationObject: string, extensions: object = { credProps: { rk: true } }) {
  return {
    id: 'Y3JlZGVudGlhbC1pZA',
    rawId: 'Y3JlZGVudGlhbC1pZA',
    type: 'public-key',
    clientExtensionResults: extensions,
    response: { clientDataJSON: 'e30', attestationObject, transports: ['internal'] },
  };
}

/** An authentication result of the right shape. */
function authentication(fields: Record<string, string> = {}) {
  return {
    id: 'Y3JlZGVudGlhbC1pZA',
    rawId: 'Y3JlZGVudGlhbC1pZA',
    type: 'public-key',
    clientExtensionResults: {},
    response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA', ...fields },
  };
}

async function enrollSession(): Promise<string> {
  const { username, password } = await t.account();
  const answer = await t.signIn(username, password);
  expect(answer.body.status).toBe('enrollment_required');
  return answer.body.session.token as string;
}

describe('passkey result bodies are bounded field by field (protocol/webauthn.ts)', () => {
  it('reads an attestation object at its limit, and refuses one character more with 400 invalid_request', async () => {
    const token = await enrollSession();
    await t.call('POST', '/api/v1/me/factors/passkey/options', {}, token);
    const atLimit = await t.call(
      'POST',
      '/api/v1/me/factors/passkey/verify',
      { response: registration(text(webauthnMaxBytes.attestationObject)) },
      token,
    );
    // Read and verified: its bytes are no attestation.
    expect(atLimit.status).toBe(400);
    expect(atLimit.body.error.code).toBe('passkey_verification_failed');

    await t.call('POST', '/api/v1/me/factors/passkey/options', {}, token);
    const over = await t.call(
      'POST',
      '/api/v1/me/factors/passkey/verify',
      { response: registration(text(webauthnMaxBytes.attestationObject, 1)) },
      token,
    );
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({
      code: 'invalid_request',
      details: { field: 'response.response.attestationObject' },
    });
    expect(over.body.error.message).toMatch(/attestationObject.*not valid/);
  });

  it('refuses an extension result it does not know, naming it', async () => {
    const token = await enrollSession();
    const answer = await t.call(
      'POST',
      '/api/v1/me/factors/passkey/verify',
      { response: registration('AAAA', { credProps: { rk: true }, largeBlob: { blob: 'A'.repeat(30_000) } }) },
      token,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_request');
    expect(answer.body.error.message).toContain('"response.clientExtensionResults.largeBlob"');
  });

  it('refuses an oversize signature or user handle at sign-in before looking at the transaction', async () => {
    for (const [field, value] of [
      ['signature', text(webauthnMaxBytes.signature, 1)],
      ['userHandle', text(webauthnMaxBytes.userHandle, 1)],
      ['clientDataJSON', text(webauthnMaxBytes.clientDataJSON, 1)],
    ] as const) {
      const answer = await t.call('POST', '/api/v1/sign-in/passkey/verify', {
        transaction: 'no-such-transaction',
        response: authentication({ [field]: value }),
      });
      expect([field, answer.status, answer.body.error.code, answer.body.error.details?.field]).toEqual([
        field,
        400,
        'invalid_request',
        `response.response.${field}`,
      ]);
    }
    // The same body with fields within their bounds is read: the transaction is what fails.
    const within = await t.call('POST', '/api/v1/sign-in/passkey/verify', {
      transaction: 'no-such-transaction',
      response: authentication({ signature: text(webauthnMaxBytes.signature) }),
    });
    expect(within.body.error.code).toBe('transaction_not_found');
  });

  it('answers 413 payload_too_large for a body over 64 KiB, before validating it', async () => {
    const token = await enrollSession();
    const answer = await t.call(
      'POST',
      '/api/v1/me/factors/passkey/verify',
      { response: registration('A'.repeat(70_000)) },
      token,
    );
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('payload_too_large');
  });
});

describe('passkey options as the server sends them pass the strict option schemas', () => {
  it('creation options: what generateRegistrationOptions makes, with excludeCredentials', async () => {
    const token = await enrollSession();
    const answer = await t.call('POST', '/api/v1/me/factors/passkey/options', {}, token);
    expect(answer.status).toBe(200);
    const options = creationOptionsSchema.parse(answer.body.options);
    expect(options).toMatchObject({
      rp: { id: 'localhost', name: 'DeskID' },
      extensions: { credProps: true },
      authenticatorSelection: { authenticatorAttachment: 'platform', residentKey: 'required' },
    });
  });

  it('request options: passwordless and on a transaction', async () => {
    const answer = await t.call('POST', '/api/v1/sign-in/passkey/options', {});
    expect(answer.status).toBe(200);
    expect(requestOptionsSchema.parse(answer.body.options)).toMatchObject({ rpId: 'localhost', allowCredentials: [] });
    // simplewebauthn sets `extensions: undefined`; nothing of it reaches the wire.
    expect(Object.keys(answer.body.options as object)).not.toContain('extensions');
  });
});
