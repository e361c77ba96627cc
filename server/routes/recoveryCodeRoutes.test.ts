/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-unsafe-call --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../protocol';
import { isLuhnValid } from '../../protocol/recoveryCodeFormat';
import { compliantAccount, signInWithTotp, testServer, totpAt, type TestServer } from '../testing/testServer';

let t: TestServer;
beforeAll(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000 } });
});
afterAll(() => t.close());

async function enrollSession(): Promise<{ token: string; username: string; password: string }> {
  const { username, password } = await t.account();
  return { token: (await t.signIn(username, password)).body.session.token as string, username, password };
}

describe('recovery code', () => {
  it('issues 16 digits with a Luhn check digit, downloads it again, and confirms by its last 4 digits', async () => {
    const { token } = await enrollSession();
    expect((await t.call('GET', '/api/v1/me/recovery-code', undefined, token)).body.error.code).toBe(
      'recovery_code_not_issued',
    );
    expect(
      (await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: '1234' }, token)).body.error.code,
    ).toBe('recovery_code_not_issued');
    const issued = await t.call('POST', '/api/v1/me/recovery-code', undefined, token);
    expect(issued.status).toBe(201);
    expect(issued.body.code).toMatch(/^\d{16}$/);
    expect(isLuhnValid(issued.body.code)).toBe(true);
    expect((await t.call('GET', '/api/v1/me/recovery-code', undefined, token)).body).toEqual(issued.body);
    expect((await t.call('GET', '/api/v1/me', undefined, token)).body.recoveryCode).toEqual({
      status: 'issued',
      issuedAt: issued.body.issuedAt,
    });
    const wrongDigits = String((Number(issued.body.code.slice(-4)) + 1) % 10000).padStart(4, '0');
    const mismatch = await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: wrongDigits }, token);
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.code).toBe('recovery_code_mismatch');
    expect(mismatch.body.error.message).not.toContain(issued.body.code.slice(-4));
    const confirmed = await t.call(
      'POST',
      '/api/v1/me/recovery-code/confirm',
      { lastDigits: issued.body.code.slice(-4) },
      token,
    );
    expect(confirmed.body).toEqual({ status: 'confirmed' });
    expect((await t.call('GET', '/api/v1/me', undefined, token)).body.recoveryCode).toMatchObject({
      status: 'confirmed',
      confirmedAt: expect.any(String),
    });
  });

  it('only the enroll session that issued it may download it; another enroll session gets forbidden_scope', async () => {
    const { token, username, password } = await enrollSession();
    await t.call('POST', '/api/v1/me/recovery-code', undefined, token);
    const other = (await t.signIn(username, password)).body.session.token as string;
    const answer = await t.call('GET', '/api/v1/me/recovery-code', undefined, other);
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('forbidden_scope');
  });

  it('upgrades an enroll session to full once a method is verified and the code confirmed', async () => {
    const { token } = await enrollSession();
    const added = await t.call('POST', '/api/v1/me/factors/totp', {}, token);
    await t.call(
      'POST',
      `/api/v1/me/factors/${added.body.factorId}/verify`,
      { code: await totpAt(added.body.secret, t.clock) },
      token,
    );
    expect((await t.call('GET', '/api/v1/me', undefined, token)).body.session.scope).toBe('enroll');
    expect(
      (await t.call('PATCH', `/api/v1/me/factors/${added.body.factorId}`, { label: 'x' }, token)).body.error.code,
    ).toBe('forbidden_scope');
    const code = (await t.call('POST', '/api/v1/me/recovery-code', undefined, token)).body.code as string;
    await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: code.slice(-4) }, token);
    const me = await t.call('GET', '/api/v1/me', undefined, token);
    expect(me.body.session).toMatchObject({ scope: 'full', fresh: true });
    expect(me.body.compliance).toEqual({ enforceFrom: '2025-03-07', compliant: true, missing: [] });
  });

  it('signs in with the code once (spaces and dashes ignored), then it is spent', async () => {
    const { username, password, recoveryCode } = await compliantAccount(t);
    const start = await t.signIn(username, password);
    expect(start.body.methods).toEqual(['totp', 'recovery_code']);
    const typed = recoveryCode.replace(/(\d{4})(?=\d)/g, '$1 - ');
    const answer = await t.call('POST', '/api/v1/sign-in/recovery-code', {
      transaction: start.body.transaction,
      code: typed,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'signed_in',
      amr: ['pwd', 'otp'],
      recoveryCodeConsumed: true,
      warnings: ['recovery_code_required'],
    });
    const me = await t.call('GET', '/api/v1/me', undefined, answer.body.session.token);
    expect(me.body.recoveryCode).toEqual({ status: 'none' });
    const again = await t.signIn(username, password);
    expect(again.body.methods).toEqual(['totp']);
    const spent = await t.call('POST', '/api/v1/sign-in/recovery-code', {
      transaction: again.body.transaction,
      code: recoveryCode,
    });
    expect(spent.body.error.code).toBe('invalid_code');
  });

  it('a new code replaces the old one at once (fresh full session)', async () => {
    const { username, password, token, recoveryCode } = await compliantAccount(t);
    const reissued = await t.call('POST', '/api/v1/me/recovery-code', undefined, token);
    expect(reissued.status).toBe(201);
    expect(reissued.body.code).not.toBe(recoveryCode);
    const start = await t.signIn(username, password);
    expect(
      (
        await t.call('POST', '/api/v1/sign-in/recovery-code', {
          transaction: start.body.transaction,
          code: recoveryCode,
        })
      ).body.error.code,
    ).toBe('invalid_code');
    expect(
      (
        await t.call('POST', '/api/v1/sign-in/recovery-code', {
          transaction: start.body.transaction,
          code: reissued.body.code,
        })
      ).status,
    ).toBe(200);
  });

  it('in a stale full session, issuing and downloading need a step-up', async () => {
    const account = await compliantAccount(t);
    const { secret } = account;
    // A session that added no method itself (the one compliantAccount returns added the authenticator).
    const token = await signInWithTotp(t, account);
    t.clock.advance(601);
    expect((await t.call('GET', '/api/v1/me', undefined, token)).body.session.fresh).toBe(false);
    const issue = await t.call('POST', '/api/v1/me/recovery-code', undefined, token);
    expect(issue.status).toBe(401);
    expect(issue.body.error.code).toBe('step_up_required');
    expect((await t.call('GET', '/api/v1/me/recovery-code', undefined, token)).body.error.code).toBe(
      'step_up_required',
    );
    const stepUp = await t.call('POST', '/api/v1/session/step-up', undefined, token);
    expect(stepUp.body).toEqual({ transaction: expect.any(String), methods: ['totp', 'recovery_code'], phones: [] });
    const done = await t.call('POST', '/api/v1/sign-in/totp', {
      transaction: stepUp.body.transaction,
      code: await totpAt(secret, t.clock),
    });
    expect(done.body).toMatchObject({ status: 'signed_in', session: { token, scope: 'full' }, amr: ['otp'] });
    expect((await t.call('GET', '/api/v1/me/recovery-code', undefined, token)).status).toBe(200);
  });

  it('wrong recovery codes lock after 5 (attemptsLeft 0 on the 5th), never a 500 for any input', async () => {
    const { username, password } = await compliantAccount(t);
    const start = await t.signIn(username, password);
    const inputs = ['', '0000 0000 0000 0000', 'abcd', '1'.repeat(64), '1234-5678-9012-3456'];
    const left: unknown[] = [];
    for (const code of inputs) {
      const answer = await t.call('POST', '/api/v1/sign-in/recovery-code', {
        transaction: start.body.transaction,
        code,
      });
      expect(answer.status).toBe(400);
      left.push(answer.body.error.details?.attemptsLeft ?? answer.body.error.code);
    }
    expect(left).toEqual(['invalid_request', 4, 3, 2, 1]);
    const fifth = await t.call('POST', '/api/v1/sign-in/recovery-code', {
      transaction: start.body.transaction,
      code: '9999 9999 9999 9999',
    });
    expect(fifth.body.error.details.attemptsLeft).toBe(0);
    const locked = await t.call('POST', '/api/v1/sign-in/recovery-code', {
      transaction: start.body.transaction,
      code: '9999 9999 9999 9999',
    });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('factor_locked');
  });

  it('never answers 500 to random recovery-code input (property)', async () => {
    const { username, password } = await compliantAccount(t);
    const transaction = (await t.signIn(username, password)).body.transaction as string;
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 64 }), fc.stringMatching(/^[\d -]{0,40}$/)), async (code) => {
        const answer = await t.call('POST', '/api/v1/sign-in/recovery-code', { transaction, code });
        expect([400, 423]).toContain(answer.status);
        expect(errorCodes).toContain(answer.body.error.code);
      }),
      { numRuns: 150 },
    );
  });
});
