import { afterEach, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from '../testing/testServer';

let t: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('per-address limits', () => {
  it('count each route on its own: password sign-ins do not use up account creation', async () => {
    t = await testServer({ limits: { accountsPerMinute: 3 } });
    // Three sign-in attempts from this address: within the sign-in limit (30 a minute).
    for (let i = 0; i < 3; i += 1) {
      const answer = await t.call('POST', '/api/v1/sign-in/password', { username: 'nobody', password: 'x'.repeat(12) });
      expect(answer.status).toBe(401);
    }
    const created = await t.call('POST', '/api/v1/accounts', {
      username: 'after.sign.ins',
      password: 'a long enough passphrase',
      displayName: 'After',
    });
    expect(created.status).toBe(201);
  });

  it('count every MFA sign-in step together (limits.mfaPerMinute)', async () => {
    t = await testServer({ limits: { mfaPerMinute: 3 } });
    const transaction = 'no-such-transaction-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
    const steps: [string, object][] = [
      ['/api/v1/sign-in/totp', { transaction, code: '123456' }],
      ['/api/v1/sign-in/phone/send', { transaction, factorId: 'f', channel: 'sms' }],
      ['/api/v1/sign-in/recovery-code', { transaction, code: '1234' }],
      ['/api/v1/sign-in/passkey/verify', { transaction, response: {} }],
    ];
    const statuses: number[] = [];
    for (const [path, body] of steps) statuses.push((await t.call('POST', path, body)).status);
    expect(statuses.slice(0, 3)).not.toContain(429);
    expect(statuses[3]).toBe(429);
  });

  it('still holds for the route itself', async () => {
    t = await testServer({ limits: { accountsPerMinute: 2 } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const answer = await t.call('POST', '/api/v1/accounts', {
        username: `limited.${i}`,
        password: 'a long enough passphrase',
        displayName: 'Limited',
      });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([201, 201, 429]);
  });
});
