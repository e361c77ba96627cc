/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, totpAt, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000 } });
});
afterAll(() => t.close());

/** Two enroll sessions of one new account (two password sign-ins). */
async function twoEnrollSessions(): Promise<{ first: string; second: string }> {
  const { username, password } = await t.account();
  const first = (await t.signIn(username, password)).body.session.token as string;
  const second = (await t.signIn(username, password)).body.session.token as string;
  return { first, second };
}

/** Adds an authenticator in this session and verifies it with its current code. */
async function verifiedTotp(token: string): Promise<void> {
  const added = await t.call('POST', '/api/v1/me/factors/totp', {}, token);
  const code = await totpAt(added.body.secret as string, t.clock);
  const verified = await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/verify`, { code }, token);
  expect(verified.status).toBe(200);
}

/** Issues and confirms a recovery code in this session; returns the code. */
async function confirmedCode(token: string): Promise<string> {
  const code = (await t.call('POST', '/api/v1/me/recovery-code', undefined, token)).body.code as string;
  const confirmed = await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: code.slice(-4) }, token);
  expect(confirmed.body).toEqual({ status: 'confirmed' });
  return code;
}

describe('an enroll session never outlives its account’s compliance (api.md "Sign-in")', () => {
  it('when one enroll session makes the account compliant, every other enroll session is revoked', async () => {
    const { first, second } = await twoEnrollSessions();
    await verifiedTotp(first);
    await confirmedCode(first);
    expect((await t.call('GET', '/api/v1/me', undefined, first)).body.session).toMatchObject({
      scope: 'full',
      fresh: true,
    });
    for (const [method, path, body] of [
      ['GET', '/api/v1/me', undefined],
      ['POST', '/api/v1/me/recovery-code', undefined],
      ['POST', '/api/v1/me/recovery-code/confirm', { lastDigits: '0000' }],
      ['POST', '/api/v1/me/factors/totp', {}],
      ['GET', '/api/v1/me/recovery-code', undefined],
    ] as const) {
      const answer = await t.call(method, path, body, second);
      expect([path, answer.status, answer.body.error?.code]).toEqual([path, 401, 'unauthorized']);
    }
  });

  it('the session whose request made the account compliant is the one upgraded, whichever it is', async () => {
    const { first, second } = await twoEnrollSessions();
    await verifiedTotp(first);
    await confirmedCode(second);
    expect((await t.call('GET', '/api/v1/me', undefined, second)).body.session.scope).toBe('full');
    expect((await t.call('GET', '/api/v1/me', undefined, first)).status).toBe(401);
  });

  it('an enroll session cannot replace a confirmed recovery code (403 forbidden_scope)', async () => {
    const { first, second } = await twoEnrollSessions();
    const code = await confirmedCode(first);
    for (const token of [first, second]) {
      const answer = await t.call('POST', '/api/v1/me/recovery-code', undefined, token);
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe('forbidden_scope');
    }
    expect((await t.call('GET', '/api/v1/me/recovery-code', undefined, first)).body.code).toBe(code);
    expect((await t.call('GET', '/api/v1/me', undefined, second)).body.recoveryCode.status).toBe('confirmed');
  });
});
