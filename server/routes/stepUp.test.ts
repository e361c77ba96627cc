/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compliantAccount, signInWithTotp, testServer, totpAt, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000 } });
});
afterAll(() => t.close());

describe('step-up cannot be bypassed (api.md "Adding methods")', () => {
  it('in a stale full session, adding a method needs a step-up (401 step_up_required)', async () => {
    const { token } = await compliantAccount(t);
    t.clock.advance(601);
    for (const [path, body] of [
      ['/api/v1/me/factors/totp', {}],
      ['/api/v1/me/factors/phone', { number: '+12015550199', channel: 'sms' }],
      ['/api/v1/me/factors/passkey/options', {}],
    ] as const) {
      const answer = await t.call('POST', path, body, token);
      expect([path, answer.status, answer.body.error?.code]).toEqual([path, 401, 'step_up_required']);
    }
  });

  it('a method added in this session never proves its own step-up; an older one does', async () => {
    const account = await compliantAccount(t);
    const token = await signInWithTotp(t, account);
    const added = await t.call('POST', '/api/v1/me/factors/totp', {}, token);
    const newSecret = added.body.secret as string;
    const code = await totpAt(newSecret, t.clock);
    expect((await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/verify`, { code }, token)).status).toBe(
      200,
    );
    t.clock.advance(601);
    const stepUp = await t.call('POST', '/api/v1/session/step-up', undefined, token);
    expect(stepUp.body.methods).toEqual(['totp', 'recovery_code']);
    const own = await t.call('POST', '/api/v1/sign-in/totp', {
      transaction: stepUp.body.transaction,
      code: await totpAt(newSecret, t.clock),
    });
    expect(own.status).not.toBe(200);
    expect((await t.call('GET', '/api/v1/me/recovery-code', undefined, token)).body.error.code).toBe(
      'step_up_required',
    );
    const older = await t.call('POST', '/api/v1/sign-in/totp', {
      transaction: stepUp.body.transaction,
      code: await totpAt(account.secret, t.clock),
    });
    expect(older.body.session.token).toBe(token);
    expect((await t.call('GET', '/api/v1/me/recovery-code', undefined, token)).status).toBe(200);
  });

  it('a recovery code issued in this session never proves its own step-up', async () => {
    const account = await compliantAccount(t);
    const token = await signInWithTotp(t, account);
    const code = (await t.call('POST', '/api/v1/me/recovery-code', undefined, token)).body.code as string;
    t.clock.advance(601);
    const stepUp = await t.call('POST', '/api/v1/session/step-up', undefined, token);
    expect(stepUp.body.methods).toEqual(['totp']);
    const answer = await t.call('POST', '/api/v1/sign-in/recovery-code', {
      transaction: stepUp.body.transaction,
      code,
    });
    expect(answer.status).not.toBe(200);
    expect((await t.call('GET', '/api/v1/me', undefined, token)).body.session.fresh).toBe(false);
  });
});
