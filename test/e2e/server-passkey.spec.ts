import { expect, test, type Page } from '@playwright/test';
import type { ReplyOf } from '../../protocol';
import { startServer, type RunningServer } from '../../server/startServer';
import { addVirtualAuthenticator } from '../fixtures/wizardPage';

type CreationOptionsJson = ReplyOf<'passkeyRegistrationOptions'>['options'];
type RequestOptionsJson = ReplyOf<'signInPasskeyOptions'>['options'];

/**
 * Passkeys against the mock ID server, with Chromium's virtual platform authenticator.
 * The page is on http://localhost:<port> (RP ID `localhost`); the server accepts its
 * own origin by default.
 */

type Json = Record<string, unknown>;

/** base64url as WebAuthn's JSON forms use it; installed in the page by an init script. */
interface Base64url {
  decode: (text: string) => ArrayBuffer;
  encode: (buffer: ArrayBuffer) => string;
}

function installBase64url(): void {
  const base64url: Base64url = {
    decode: (text) => {
      const binary = atob(
        text
          .replace(/-/g, '+')
          .replace(/_/g, '/')
          .padEnd(Math.ceil(text.length / 4) * 4, '='),
      );
      return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
    },
    encode: (buffer) =>
      btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, ''),
  };
  (globalThis as unknown as { base64url: Base64url }).base64url = base64url;
}

let server: RunningServer;
let origin: string;

test.beforeAll(async () => {
  server = await startServer({ port: 0 });
  origin = `http://localhost:${server.port}`;
});
test.afterAll(async () => {
  await server.close();
});

async function api(
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? {} : JSON.parse(text)) as Json };
}

async function pageWithAuthenticator(page: Page): Promise<void> {
  await addVirtualAuthenticator(page);
  await page.addInitScript(installBase64url);
  await page.goto(`${origin}/healthz`);
}

/** Runs navigator.credentials.create in the page and returns RegistrationResponseJSON. */
function createPasskey(page: Page, options: unknown): Promise<Json> {
  return page.evaluate(async (json: CreationOptionsJson) => {
    const { decode: fromB64, encode: toB64 } = (globalThis as unknown as { base64url: Base64url }).base64url;
    // The JSON form differs from the API's only in its base64url buffers.
    const publicKey = {
      ...json,
      challenge: fromB64(json.challenge),
      user: { ...json.user, id: fromB64(json.user.id) },
      excludeCredentials: (json.excludeCredentials ?? []).map((c) => ({ ...c, id: fromB64(c.id) })),
    } as unknown as PublicKeyCredentialCreationOptions;
    const credential = (await navigator.credentials.create({ publicKey })) as PublicKeyCredential;
    const response = credential.response as AuthenticatorAttestationResponse;
    return {
      id: credential.id,
      rawId: toB64(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
      clientExtensionResults: credential.getClientExtensionResults(),
      response: {
        clientDataJSON: toB64(response.clientDataJSON),
        attestationObject: toB64(response.attestationObject),
        transports: response.getTransports(),
      },
    };
  }, options as CreationOptionsJson);
}

/** Runs navigator.credentials.get in the page and returns AuthenticationResponseJSON. */
function getAssertion(page: Page, options: unknown): Promise<Json> {
  return page.evaluate(async (json: RequestOptionsJson) => {
    const { decode: fromB64, encode: toB64 } = (globalThis as unknown as { base64url: Base64url }).base64url;
    const publicKey = {
      ...json,
      challenge: fromB64(json.challenge),
      allowCredentials: (json.allowCredentials ?? []).map((c) => ({ ...c, id: fromB64(c.id) })),
    } as unknown as PublicKeyCredentialRequestOptions;
    const credential = (await navigator.credentials.get({ publicKey })) as PublicKeyCredential;
    const response = credential.response as AuthenticatorAssertionResponse;
    return {
      id: credential.id,
      rawId: toB64(credential.rawId),
      type: credential.type,
      authenticatorAttachment: credential.authenticatorAttachment ?? undefined,
      clientExtensionResults: credential.getClientExtensionResults(),
      response: {
        clientDataJSON: toB64(response.clientDataJSON),
        authenticatorData: toB64(response.authenticatorData),
        signature: toB64(response.signature),
        ...(response.userHandle === null ? {} : { userHandle: toB64(response.userHandle) }),
      },
    };
  }, options as RequestOptionsJson);
}

/** A new account with an enroll session, and a passkey registered in `page`'s authenticator. */
async function accountWithPasskey(
  page: Page,
): Promise<{ username: string; password: string; token: string; factor: Json }> {
  const username = `pk.${Math.random().toString(36).slice(2, 10)}`;
  const password = 'a passkey person password';
  expect((await api('POST', '/api/v1/accounts', { username, password, displayName: 'Passkey Person' })).status).toBe(
    201,
  );
  const signIn = await api('POST', '/api/v1/sign-in/password', { username, password });
  const token = (signIn.body.session as { token: string }).token;
  const options = await api('POST', '/api/v1/me/factors/passkey/options', { label: 'This computer' }, token);
  expect(options.status).toBe(200);
  const response = await createPasskey(page, options.body.options);
  const verified = await api('POST', '/api/v1/me/factors/passkey/verify', { response }, token);
  expect(verified.status).toBe(201);
  return { username, password, token, factor: verified.body };
}

test('registers a platform passkey: resident key, user verification, excludeCredentials', async ({ page }) => {
  await pageWithAuthenticator(page);
  const { token, factor } = await accountWithPasskey(page);
  expect(factor).toMatchObject({
    type: 'passkey',
    label: 'This computer',
    verified: true,
    passkey: {
      credentialId: expect.any(String),
      deviceType: 'singleDevice',
      backedUp: false,
      transports: ['internal'],
    },
  });
  const again = await api('POST', '/api/v1/me/factors/passkey/options', {}, token);
  const options = again.body.options as Json;
  expect(options.authenticatorSelection).toMatchObject({
    authenticatorAttachment: 'platform',
    residentKey: 'required',
    userVerification: 'required',
  });
  expect(options.rp).toMatchObject({ id: 'localhost', name: 'DeskID' });
  expect(options.excludeCredentials).toEqual([
    { id: (factor.passkey as Json).credentialId, type: 'public-key', transports: ['internal'] },
  ]);
  // The authenticator refuses to make a second passkey for the same account.
  await expect(createPasskey(page, options)).rejects.toThrow(/InvalidStateError|excluded|already registered/i);
  // Registration options are single use.
  const first = await api('POST', '/api/v1/me/factors/passkey/options', {}, token);
  const second = await page.context().newPage();
  await pageWithAuthenticator(second);
  const response = await createPasskey(second, first.body.options);
  expect((await api('POST', '/api/v1/me/factors/passkey/verify', { response }, token)).status).toBe(201);
  const replay = await api('POST', '/api/v1/me/factors/passkey/verify', { response }, token);
  expect(replay.status).toBe(400);
  expect((replay.body.error as Json).code).toBe('passkey_verification_failed');
});

test('signs in without a password (discoverable credential), and as the MFA step after one', async ({ page }) => {
  await pageWithAuthenticator(page);
  const { username, password, token } = await accountWithPasskey(page);
  const issued = await api('POST', '/api/v1/me/recovery-code', undefined, token);
  await api('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: (issued.body.code as string).slice(-4) }, token);

  const options = await api('POST', '/api/v1/sign-in/passkey/options', {});
  expect(options.status).toBe(200);
  expect((options.body.options as Json).allowCredentials).toEqual([]);
  expect((options.body.options as Json).userVerification).toBe('required');
  const assertion = await getAssertion(page, options.body.options);
  const signedIn = await api('POST', '/api/v1/sign-in/passkey/verify', {
    transaction: options.body.transaction,
    response: assertion,
  });
  expect(signedIn.status).toBe(200);
  expect(signedIn.body).toMatchObject({
    status: 'signed_in',
    session: { scope: 'full' },
    amr: ['hwk', 'user'],
    warnings: [],
  });
  const me = await api('GET', '/api/v1/me', undefined, (signedIn.body.session as Json).token as string);
  expect(me.body.username).toBe(username);

  const start = await api('POST', '/api/v1/sign-in/password', { username, password });
  expect(start.body).toMatchObject({ status: 'mfa_required', methods: ['passkey', 'recovery_code'] });
  const mfaOptions = await api('POST', '/api/v1/sign-in/passkey/options', { transaction: start.body.transaction });
  expect(mfaOptions.body.transaction).toBe(start.body.transaction);
  expect(((mfaOptions.body.options as Json).allowCredentials as unknown[]).length).toBe(1);
  const mfa = await api('POST', '/api/v1/sign-in/passkey/verify', {
    transaction: start.body.transaction,
    response: await getAssertion(page, mfaOptions.body.options),
  });
  expect(mfa.body).toMatchObject({ status: 'signed_in', amr: ['pwd', 'hwk', 'user'] });
  // A finished transaction is gone.
  const gone = await api('POST', '/api/v1/sign-in/passkey/options', { transaction: start.body.transaction });
  expect(gone.status).toBe(404);
  expect((gone.body.error as Json).code).toBe('transaction_not_found');
});

test('refuses a tampered assertion; the transaction stays usable, its options do not', async ({ page }) => {
  await pageWithAuthenticator(page);
  await accountWithPasskey(page);
  const options = await api('POST', '/api/v1/sign-in/passkey/options', {});
  const assertion = await getAssertion(page, options.body.options);
  const response = assertion.response as Json;
  const signature = response.signature as string;
  const flipped = signature[10] === 'A' ? 'B' : 'A';
  const tampered = {
    ...assertion,
    response: { ...response, signature: signature.slice(0, 10) + flipped + signature.slice(11) },
  };
  const refused = await api('POST', '/api/v1/sign-in/passkey/verify', {
    transaction: options.body.transaction,
    response: tampered,
  });
  expect(refused.status).toBe(400);
  expect((refused.body.error as Json).code).toBe('passkey_verification_failed');
  // The options were spent by that attempt: the genuine assertion for them is refused too.
  const spent = await api('POST', '/api/v1/sign-in/passkey/verify', {
    transaction: options.body.transaction,
    response: assertion,
  });
  expect((spent.body.error as Json).code).toBe('passkey_verification_failed');
  // New options on the same transaction work.
  const retry = await api('POST', '/api/v1/sign-in/passkey/options', { transaction: options.body.transaction });
  const ok = await api('POST', '/api/v1/sign-in/passkey/verify', {
    transaction: options.body.transaction,
    response: await getAssertion(page, retry.body.options),
  });
  expect(ok.status).toBe(200);
});

test('refuses an assertion whose signature counter went backwards (a cloned authenticator)', async ({ page }) => {
  await pageWithAuthenticator(page);
  const { factor } = await accountWithPasskey(page);
  const options = await api('POST', '/api/v1/sign-in/passkey/options', {});
  const first = await api('POST', '/api/v1/sign-in/passkey/verify', {
    transaction: options.body.transaction,
    response: await getAssertion(page, options.body.options),
  });
  expect(first.status).toBe(200);
  // The server has seen a higher counter than the authenticator will now send.
  server.ctx.store.updateFactor(factor.id as string, { counter: 1_000_000 });
  const again = await api('POST', '/api/v1/sign-in/passkey/options', {});
  const refused = await api('POST', '/api/v1/sign-in/passkey/verify', {
    transaction: again.body.transaction,
    response: await getAssertion(page, again.body.options),
  });
  expect(refused.status).toBe(400);
  expect((refused.body.error as Json).code).toBe('passkey_verification_failed');
});
