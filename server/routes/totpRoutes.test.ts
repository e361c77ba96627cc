/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compliantAccount, signInWithTotp, testServer, totpAt, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000 } });
});
afterAll(() => t.close());

async function mfaTransaction(username: string, password: string): Promise<string> {
  const answer = await t.signIn(username, password);
  expect(answer.body.status).toBe('mfa_required');
  return answer.body.transaction as string;
}

describe('authenticator (TOTP)', () => {
  it('enrolls an authenticator: 160-bit secret, otpauth URI, verified by its first code', async () => {
    const { username, password } = await t.account();
    const token = (await t.signIn(username, password)).body.session.token as string;
    const added = await t.call('POST', '/api/v1/me/factors/totp', { label: 'My laptop' }, token);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ algorithm: 'SHA1', digits: 6, period: 30 });
    expect(added.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(added.body.otpauthUri).toBe(
      `otpauth://totp/DeskID:${username}?secret=${added.body.secret}&issuer=DeskID&algorithm=SHA1&digits=6&period=30`,
    );
    const me = await t.call('GET', '/api/v1/me', undefined, token);
    expect(me.body.factors).toEqual([
      { id: added.body.factorId, type: 'totp', label: 'My laptop', verified: false, createdAt: expect.any(String) },
    ]);
    const wrong = await t.call('POST', `/api/v1/me/factors/${added.body.factorId}/verify`, { code: '000000' }, token);
    expect(wrong.body.error).toMatchObject({ code: 'invalid_code', details: { attemptsLeft: 4 } });
    const ok = await t.call(
      'POST',
      `/api/v1/me/factors/${added.body.factorId}/verify`,
      { code: await totpAt(added.body.secret, t.clock) },
      token,
    );
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: added.body.factorId, type: 'totp', verified: true });
  });

  it('signs in with a code, accepting one step either side, never a step twice', async () => {
    const { username, password, secret } = await compliantAccount(t);
    const transaction = await mfaTransaction(username, password);
    const previous = await totpAt(secret, t.clock, -1);
    const answer = await t.call('POST', '/api/v1/sign-in/totp', { transaction, code: previous });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      status: 'signed_in',
      session: { token: expect.any(String), scope: 'full', expiresAt: expect.any(String) },
      amr: ['pwd', 'otp'],
      warnings: [],
    });
    // The same code again, in a new transaction: replay.
    const again = await mfaTransaction(username, password);
    const replay = await t.call('POST', '/api/v1/sign-in/totp', { transaction: again, code: previous });
    expect(replay.status).toBe(400);
    expect(replay.body.error.code).toBe('code_already_used');
    // The next step's code still works, and then the current one (older step) is a replay too.
    const next = await t.call('POST', '/api/v1/sign-in/totp', {
      transaction: again,
      code: await totpAt(secret, t.clock, 1),
    });
    expect(next.status).toBe(200);
    const third = await mfaTransaction(username, password);
    expect(
      (await t.call('POST', '/api/v1/sign-in/totp', { transaction: third, code: await totpAt(secret, t.clock) })).body
        .error.code,
    ).toBe('code_already_used');
  });

  it('refuses a code two steps old as invalid_code', async () => {
    const { username, password, secret } = await compliantAccount(t);
    const transaction = await mfaTransaction(username, password);
    const old = await t.call('POST', '/api/v1/sign-in/totp', { transaction, code: await totpAt(secret, t.clock, -2) });
    expect(old.body.error).toMatchObject({ code: 'invalid_code', details: { attemptsLeft: 4 } });
  });

  it('a finished transaction is gone; an unknown or expired one is transaction_not_found', async () => {
    const { username, password, secret } = await compliantAccount(t);
    const transaction = await mfaTransaction(username, password);
    expect(
      (await t.call('POST', '/api/v1/sign-in/totp', { transaction, code: await totpAt(secret, t.clock) })).status,
    ).toBe(200);
    t.clock.advance(30);
    const reuse = await t.call('POST', '/api/v1/sign-in/totp', { transaction, code: await totpAt(secret, t.clock) });
    expect(reuse.status).toBe(404);
    expect(reuse.body.error.code).toBe('transaction_not_found');
    const expiring = await mfaTransaction(username, password);
    t.clock.advance(601);
    expect(
      (await t.call('POST', '/api/v1/sign-in/totp', { transaction: expiring, code: await totpAt(secret, t.clock) }))
        .body.error.code,
    ).toBe('transaction_not_found');
  });

  it('locks the method after 5 wrong codes (the 5th has attemptsLeft 0), with Retry-After; a success resets', async () => {
    const { username, password, secret } = await compliantAccount(t);
    const transaction = await mfaTransaction(username, password);
    const left: unknown[] = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = await t.call('POST', '/api/v1/sign-in/totp', { transaction, code: '000000' });
      expect(answer.body.error.code).toBe('invalid_code');
      left.push(answer.body.error.details.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    const locked = await t.call('POST', '/api/v1/sign-in/totp', { transaction, code: await totpAt(secret, t.clock) });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('factor_locked');
    expect(locked.body.error.details.retryAfter).toBe(900);
    expect(locked.headers.get('retry-after')).toBe('900');
    t.clock.advance(540);
    const fresh = await mfaTransaction(username, password);
    t.clock.advance(361);
    expect(
      (await t.call('POST', '/api/v1/sign-in/totp', { transaction: fresh, code: '000000' })).body.error.details
        .attemptsLeft,
    ).toBe(4);
    expect(
      (await t.call('POST', '/api/v1/sign-in/totp', { transaction: fresh, code: await totpAt(secret, t.clock) }))
        .status,
    ).toBe(200);
  });

  it('disables the method after 100 failures in a row until another method succeeds', async () => {
    const { username, password, recoveryCode } = await compliantAccount(t);
    let transaction = await mfaTransaction(username, password);
    for (let i = 1; i <= 100; i += 1) {
      const answer = await t.call('POST', '/api/v1/sign-in/totp', { transaction, code: '000000' });
      expect(answer.body.error.code).toBe('invalid_code');
      if (i % 5 === 0) {
        t.clock.advance(901);
        transaction = await mfaTransaction(username, password);
      }
    }
    const disabled = await t.call('POST', '/api/v1/sign-in/totp', { transaction, code: '000000' });
    expect(disabled.status).toBe(423);
    expect(disabled.body.error.details).toMatchObject({ disabled: true });
    const recovered = await t.call('POST', '/api/v1/sign-in/recovery-code', { transaction, code: recoveryCode });
    expect(recovered.status).toBe(200);
    const next = await mfaTransaction(username, password);
    expect(
      (await t.call('POST', '/api/v1/sign-in/totp', { transaction: next, code: '000000' })).body.error.details
        .attemptsLeft,
    ).toBe(4);
  });

  it('a disabled method stays off when a new method is verified: only a sign-in turns it back on', async () => {
    // Its own server with short locks, so that 100 failures fit in one fresh session.
    const own = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000, lockSeconds: 1 } });
    try {
      const account = await compliantAccount(own);
      const token = await signInWithTotp(own, account);
      const transactionFor = async (): Promise<string> =>
        (await own.signIn(account.username, account.password)).body.transaction as string;
      let transaction = await transactionFor();
      for (let i = 1; i <= 100; i += 1) {
        await own.call('POST', '/api/v1/sign-in/recovery-code', { transaction, code: '9999 9999 9999 9995' });
        if (i % 5 === 0) {
          own.clock.advance(2);
          transaction = await transactionFor();
        }
      }
      // Verifying a second authenticator proves that one; it is not a sign-in.
      const added = await own.call('POST', '/api/v1/me/factors/totp', { label: 'Second' }, token);
      expect(added.status).toBe(201);
      const code = await totpAt(added.body.secret, own.clock);
      const verified = await own.call('POST', `/api/v1/me/factors/${added.body.factorId}/verify`, { code }, token);
      expect(verified.status).toBe(200);
      const still = await own.call('POST', '/api/v1/sign-in/recovery-code', {
        transaction,
        code: account.recoveryCode,
      });
      expect(still.status).toBe(423);
      expect(still.body.error.details).toMatchObject({ disabled: true });
    } finally {
      await own.close();
    }
  });
});
