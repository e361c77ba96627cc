/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer();
});
afterAll(() => t.close());

describe('POST /api/v1/accounts', () => {
  it('creates an account with a case-folded username', async () => {
    const answer = await t.call('POST', '/api/v1/accounts', {
      username: 'Alice.Smith',
      password: 'a long enough passphrase',
      displayName: 'Alice',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ accountId: expect.any(String), username: 'alice.smith' });
  });

  it('refuses a taken username, whatever its case', async () => {
    await t.call('POST', '/api/v1/accounts', {
      username: 'bob',
      password: 'a long enough passphrase',
      displayName: 'Bob',
    });
    const answer = await t.call('POST', '/api/v1/accounts', {
      username: 'BOB',
      password: 'a long enough passphrase',
      displayName: 'Bob',
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('username_taken');
  });

  it('refuses usernames outside 3-64 of [a-z0-9._-]', async () => {
    for (const username of ['ab', 'a'.repeat(65), 'with space', 'émile', 'a@b']) {
      const answer = await t.call('POST', '/api/v1/accounts', {
        username,
        password: 'a long enough passphrase',
        displayName: 'X',
      });
      expect([username, answer.status, answer.body.error.code]).toEqual([username, 400, 'invalid_username']);
    }
  });

  it('refuses weak passwords: short, too long, the username, common', async () => {
    for (const password of ['short', 'x'.repeat(257), 'carol.jones-1', 'Password1234', 'aaaaaaaaaaaaaaaa']) {
      const answer = await t.call('POST', '/api/v1/accounts', {
        username: 'carol.jones-1',
        password,
        displayName: 'Carol',
      });
      expect([password.slice(0, 20), answer.status, answer.body.error.code]).toEqual([
        password.slice(0, 20),
        400,
        'weak_password',
      ]);
    }
  });

  it('keeps email as a contact only and refuses a malformed one', async () => {
    const ok = await t.call('POST', '/api/v1/accounts', {
      username: 'dave',
      password: 'a long enough passphrase',
      displayName: 'Dave',
      email: 'dave@example.org',
    });
    expect(ok.status).toBe(201);
    const bad = await t.call('POST', '/api/v1/accounts', {
      username: 'dave2',
      password: 'a long enough passphrase',
      displayName: 'Dave',
      email: 'not-an-email',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: 'invalid_request', details: { field: 'email' } });
  });
});

describe('per-address rate limit on account creation', () => {
  const attempt = (limited: TestServer, username: string) =>
    limited.call('POST', '/api/v1/accounts', { username, password: 'a long enough passphrase', displayName: 'X' });

  it('allows 30 attempts a minute from one address, then 429 with Retry-After', async () => {
    const limited = await testServer();
    try {
      // Refused attempts count too (they need no password hashing, so the test stays quick).
      for (let i = 0; i < 30; i += 1) expect((await attempt(limited, 'no')).status).toBe(400);
      const answer = await attempt(limited, 'frank');
      expect(answer.status).toBe(429);
      expect(answer.body.error.code).toBe('rate_limited');
      expect(answer.body.error.details.retryAfter).toBeGreaterThan(0);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      limited.clock.advance(61);
      expect((await attempt(limited, 'frank')).status).toBe(201);
    } finally {
      await limited.close();
    }
  });

  it('takes its limit from limits.accountsPerMinute', async () => {
    const limited = await testServer({ limits: { accountsPerMinute: 2 } });
    try {
      expect((await attempt(limited, 'grace')).status).toBe(201);
      expect((await attempt(limited, 'heidi')).status).toBe(201);
      expect((await attempt(limited, 'ivan')).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('request conventions', () => {
  it('refuses malformed JSON, wrong types, missing and unknown fields with invalid_request', async () => {
    const cases: [unknown, string][] = [
      ['{"username": ', 'not valid JSON'],
      [{ username: 5, password: 'a long enough passphrase', displayName: 'X' }, '"username"'],
      [{ username: 'erin', displayName: 'X' }, '"password" is required'],
      [
        { username: 'erin', password: 'a long enough passphrase', displayName: 'X', Username: 'typo' },
        'Unknown field "Username"',
      ],
    ];
    for (const [body, phrase] of cases) {
      const answer = await t.call('POST', '/api/v1/accounts', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('invalid_request');
      expect(answer.body.error.message).toContain(phrase);
    }
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(`${t.server.url}/api/v1/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_request');
  });

  it('refuses bodies over 64 KiB with payload_too_large', async () => {
    const answer = await t.call('POST', '/api/v1/accounts', {
      username: 'big',
      password: 'a long enough passphrase',
      displayName: 'x'.repeat(70_000),
    });
    expect(answer.status).toBe(413);
    expect(answer.body.error.code).toBe('payload_too_large');
  });

  it('answers unknown routes in the contract shape, with a request id', async () => {
    const answer = await t.call('GET', '/api/v1/nothing-here');
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe('invalid_request');
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves /healthz and /api/v1/server-info', async () => {
    expect((await t.call('GET', '/healthz')).body).toEqual({ ok: true });
    const info = await t.call('GET', '/api/v1/server-info');
    expect(info.body).toEqual({
      name: 'DeskID mock ID server',
      version: '1.0.0',
      policy: {
        enforceFrom: '2025-03-07',
        enforced: true,
        methods: ['passkey', 'totp', 'phone'],
        emailRecoveryAllowed: false,
        recoveryCodeRequired: true,
      },
      webauthn: { rpId: 'localhost', rpName: 'DeskID' },
      phone: { defaultCountry: 'US', channels: ['sms', 'voice'] },
    });
  });

  it('needs a valid bearer token on session routes', async () => {
    expect((await t.call('GET', '/api/v1/me')).body.error.code).toBe('unauthorized');
    const bad = await t.call('GET', '/api/v1/me', undefined, 'A'.repeat(43));
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('unauthorized');
  });
});
