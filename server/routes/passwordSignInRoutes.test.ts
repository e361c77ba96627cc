/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000 } });
});
afterAll(() => t.close());

describe('POST /api/v1/sign-in/password', () => {
  it('gives an enroll session to an account with no method once the policy is enforced', async () => {
    const { username, password } = await t.account();
    const answer = await t.signIn(username.toUpperCase(), password);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'enrollment_required',
      session: { token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), scope: 'enroll', expiresAt: expect.any(String) },
      missing: ['mfa_method', 'recovery_code'],
    });
    const me = await t.call('GET', '/api/v1/me', undefined, answer.body.session.token);
    expect(me.body.session.scope).toBe('enroll');
    expect(me.body.compliance).toEqual({
      enforceFrom: '2025-03-07',
      compliant: false,
      missing: ['mfa_method', 'recovery_code'],
    });
    expect(me.body.recoveryCode).toEqual({ status: 'none' });
  });

  it('answers the same for an unknown username and a wrong password', async () => {
    const { username } = await t.account();
    const wrong = await t.signIn(username, 'not the password at all');
    const unknown = await t.signIn('nobody-here', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(JSON.stringify(wrong.body)).not.toContain('not the password');
  });

  it('locks the account for 15 minutes after 10 wrong passwords, with Retry-After', async () => {
    const { username, password } = await t.account();
    for (let i = 0; i < 10; i += 1)
      expect((await t.signIn(username, 'wrong password here')).body.error.code).toBe('invalid_credentials');
    const locked = await t.signIn(username, password);
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('account_locked');
    expect(locked.body.error.details.retryAfter).toBe(900);
    expect(locked.headers.get('retry-after')).toBe('900');
    t.clock.advance(901);
    expect((await t.signIn(username, password)).status).toBe(200);
  });

  it('a success resets the password failure count', async () => {
    const { username, password } = await t.account();
    for (let i = 0; i < 9; i += 1) await t.signIn(username, 'wrong password here');
    expect((await t.signIn(username, password)).status).toBe(200);
    for (let i = 0; i < 9; i += 1) await t.signIn(username, 'wrong password here');
    expect((await t.signIn(username, password)).status).toBe(200);
  });
});

describe('before the enforcement date', () => {
  it('signs an account with no method in fully, with a warning', async () => {
    const early = await testServer({ enforceFrom: '2999-01-01' });
    try {
      const { username, password } = await early.account();
      const answer = await early.signIn(username, password);
      expect(answer.body).toEqual({
        status: 'signed_in',
        session: { token: expect.any(String), scope: 'full', expiresAt: expect.any(String) },
        amr: ['pwd'],
        warnings: ['mfa_required_from:2999-01-01'],
      });
      expect((await early.call('GET', '/api/v1/server-info')).body.policy).toMatchObject({
        enforceFrom: '2999-01-01',
        enforced: false,
      });
    } finally {
      await early.close();
    }
  });
});

describe('per-address rate limit', () => {
  it('allows 30 password attempts a minute from one address, then 429 with Retry-After', async () => {
    const limited = await testServer();
    try {
      for (let i = 0; i < 30; i += 1) expect((await limited.signIn('nobody', 'some password 123')).status).toBe(401);
      const answer = await limited.signIn('nobody', 'some password 123');
      expect(answer.status).toBe(429);
      expect(answer.body.error.code).toBe('rate_limited');
      expect(answer.body.error.details.retryAfter).toBeGreaterThan(0);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      limited.clock.advance(61);
      expect((await limited.signIn('nobody', 'some password 123')).status).toBe(401);
    } finally {
      await limited.close();
    }
  });
});
