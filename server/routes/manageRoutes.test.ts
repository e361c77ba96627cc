/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compliantAccount, signInWithTotp, testServer, totpAt, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000 } });
});
afterAll(() => t.close());

describe('managing methods', () => {
  it('renames a method', async () => {
    const { token, factorId } = await compliantAccount(t);
    const renamed = await t.call('PATCH', `/api/v1/me/factors/${factorId}`, { label: 'Work phone app' }, token);
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: factorId, label: 'Work phone app', type: 'totp', verified: true });
    expect((await t.call('PATCH', `/api/v1/me/factors/${factorId}`, { label: '' }, token)).body.error.code).toBe(
      'invalid_request',
    );
  });

  it('refuses to remove the last verified method (409 last_method), removes one of two', async () => {
    const { token, factorId } = await compliantAccount(t);
    const last = await t.call('DELETE', `/api/v1/me/factors/${factorId}`, undefined, token);
    expect(last.status).toBe(409);
    expect(last.body.error.code).toBe('last_method');
    const second = await t.call('POST', '/api/v1/me/factors/totp', { label: 'Second' }, token);
    t.clock.advance(30);
    await t.call(
      'POST',
      `/api/v1/me/factors/${second.body.factorId}/verify`,
      { code: await totpAt(second.body.secret, t.clock) },
      token,
    );
    const removed = await t.call('DELETE', `/api/v1/me/factors/${factorId}`, undefined, token);
    expect(removed.status).toBe(204);
    expect(removed.body).toBeUndefined();
    const me = await t.call('GET', '/api/v1/me', undefined, token);
    expect(me.body.factors.map((f: { id: string }) => f.id)).toEqual([second.body.factorId]);
    expect(me.body.factors[0].lastUsedAt).toEqual(expect.any(String));
  });

  it('removing needs a fresh session: step_up_required, then step-up with the same token', async () => {
    const account = await compliantAccount(t);
    const { secret, factorId } = account;
    // A session that added no method itself (the one compliantAccount returns added the authenticator).
    const token = await signInWithTotp(t, account);
    const other = await t.call('POST', '/api/v1/me/factors/totp', {}, token);
    t.clock.advance(601);
    const stale = await t.call('DELETE', `/api/v1/me/factors/${other.body.factorId}`, undefined, token);
    expect(stale.status).toBe(401);
    expect(stale.body.error.code).toBe('step_up_required');
    const stepUp = await t.call('POST', '/api/v1/session/step-up', undefined, token);
    const done = await t.call('POST', '/api/v1/sign-in/totp', {
      transaction: stepUp.body.transaction,
      code: await totpAt(secret, t.clock),
    });
    expect(done.body.session.token).toBe(token);
    expect((await t.call('DELETE', `/api/v1/me/factors/${other.body.factorId}`, undefined, token)).status).toBe(204);
    expect(factorId).toBeTruthy();
  });

  it("another account's factor, or none, is factor_not_found", async () => {
    const a = await compliantAccount(t);
    const b = await compliantAccount(t);
    for (const [method, body] of [
      ['DELETE', undefined],
      ['PATCH', { label: 'mine now' }],
    ] as const) {
      const answer = await t.call(method, `/api/v1/me/factors/${b.factorId}`, body, a.token);
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('factor_not_found');
    }
    expect(
      (await t.call('POST', '/api/v1/me/factors/fac_nothing/verify', { code: '123456' }, a.token)).body.error.code,
    ).toBe('factor_not_found');
  });

  it('an enroll session may not manage methods (403 forbidden_scope)', async () => {
    const { username, password } = await t.account();
    const token = (await t.signIn(username, password)).body.session.token as string;
    const added = await t.call('POST', '/api/v1/me/factors/totp', {}, token);
    const answer = await t.call('DELETE', `/api/v1/me/factors/${added.body.factorId}`, undefined, token);
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden_scope');
  });

  it('refuses email as a method before looking at the body', async () => {
    const { token } = await compliantAccount(t);
    for (const body of [{}, { email: 'me@example.org' }, 'not json at all', undefined]) {
      const answer = await t.call('POST', '/api/v1/me/factors/email', body, token);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('email_recovery_not_allowed');
    }
  });

  it('signs out: the token stops working', async () => {
    const { token } = await compliantAccount(t);
    expect((await t.call('DELETE', '/api/v1/session', undefined, token)).status).toBe(204);
    expect((await t.call('GET', '/api/v1/me', undefined, token)).body.error.code).toBe('unauthorized');
  });
});
