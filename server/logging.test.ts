/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compliantAccount, testServer, totpAt, type TestServer } from './testing/testServer';

let t: TestServer;
let logs = '';
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => (logs += chunk.toString('utf8')));
  t = await testServer({ logLevel: 'debug', logStream: stream });
});
afterAll(() => t.close());

describe('logs', () => {
  it('carry a request id on every request line and never a secret', async () => {
    const { username, password, token, secret, recoveryCode } = await compliantAccount(t);
    const start = await t.signIn(username, password);
    const code = await totpAt(secret, t.clock);
    const done = await t.call('POST', '/api/v1/sign-in/totp', { transaction: start.body.transaction, code });
    await t.call('POST', '/api/v1/sign-in/password', { username, password: 'a wrong password attempt' });
    const lines = logs
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = lines.filter((line) => 'req' in line || 'res' in line);
    expect(requestLines.length).toBeGreaterThan(10);
    for (const line of requestLines) expect(line.reqId).toEqual(expect.stringMatching(/^[0-9a-f-]{36}$/));
    for (const secretText of [
      password,
      'a wrong password attempt',
      token,
      secret,
      recoveryCode,
      start.body.transaction as string,
      done.body.session.token as string,
      code,
    ]) {
      expect([secretText.slice(0, 4), logs.includes(secretText)]).toEqual([secretText.slice(0, 4), false]);
    }
  });
});

describe('lines written while serving a request', () => {
  it('carry its request id, also from inside a route (a refused passkey assertion)', async () => {
    const { username } = await compliantAccount(t);
    const account = t.server.ctx.store.accountByUsername(username);
    if (account === undefined) throw new Error('The account was not created.');
    t.server.ctx.store.insertFactor({
      id: 'fac_logged_passkey',
      accountId: account.id,
      addedBySession: null,
      type: 'passkey',
      label: 'Logged passkey',
      verified: true,
      createdAt: t.clock.now(),
      lastUsedAt: null,
      phone: null,
      totp: null,
      passkey: {
        credentialId: 'bG9nZ2VkLWNyZWRlbnRpYWw',
        publicKey: new Uint8Array([1, 2, 3]),
        counter: 0,
        deviceType: 'singleDevice',
        backedUp: false,
        transports: ['internal'],
      },
    });
    const options = await t.call('POST', '/api/v1/sign-in/passkey/options', {});
    logs = '';
    const answer = await t.call('POST', '/api/v1/sign-in/passkey/verify', {
      transaction: options.body.transaction,
      response: {
        id: 'bG9nZ2VkLWNyZWRlbnRpYWw',
        rawId: 'bG9nZ2VkLWNyZWRlbnRpYWw',
        type: 'public-key',
        clientExtensionResults: {},
        response: { clientDataJSON: 'bm90LWpzb24', authenticatorData: 'AAAA', signature: 'AAAA' },
      },
    });
    expect(answer.body.error.code).toBe('passkey_verification_failed');
    const refused = logs
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => line.msg === 'passkey assertion refused');
    expect(refused?.reqId).toBe(answer.headers.get('x-request-id'));
  });
});

describe('a server fault', () => {
  it('is logged with its detail and answers only `internal`', async () => {
    const { token } = await compliantAccount(t);
    const me = await t.call('GET', '/api/v1/me', undefined, token);
    // Damage the stored recovery-code ciphertext, as a failing disk or a wrong key would.
    const store = t.server.ctx.store as unknown as {
      db: { prepare(sql: string): { run(...args: unknown[]): unknown } };
    };
    store.db
      .prepare('UPDATE accounts SET recovery_cipher = ? WHERE id = ?')
      .run('v1.AAAA.AAAA.AAAA', me.body.accountId);
    logs = '';
    const answer = await t.call('GET', '/api/v1/me/recovery-code', undefined, token);
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({
      error: { code: 'internal', message: 'Something went wrong on the server. Try again later.' },
    });
    expect(logs).toContain('request failed');
  });
});

describe('the development outbox', () => {
  it('is 404 when it is off', async () => {
    const off = await testServer({ devOutbox: false });
    try {
      const answer = await off.call('GET', '/api/v1/dev/outbox?to=%2B12015550123');
      expect(answer.status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
