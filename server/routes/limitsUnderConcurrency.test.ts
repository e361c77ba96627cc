/* eslint-disable @typescript-eslint/no-unsafe-member-access --
   HTTP answers are read field by field here; the server validates every reply against its schema. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compliantAccount, testServer, type Answer, type TestServer } from '../testing/testServer';

// A server per test: these tests send many requests, and per-address limits are not what they test.
let t: TestServer;
beforeEach(async () => {
  t = await testServer({ limits: { passwordPerMinute: 1000, mfaPerMinute: 1000 } });
});
afterEach(() => t.close());

/** A well-formed recovery code (Luhn check digit right) that is nobody's: it reaches the hash check. */
const wrongRecoveryCode = '9999 9999 9999 9995';

/** Sends the same request `times` times at once and returns the error codes, in order. */
async function atOnce(times: number, send: () => Promise<Answer>): Promise<string[]> {
  const answers = await Promise.all(Array.from({ length: times }, send));
  return answers.map((answer) => (answer.status < 300 ? String(answer.status) : (answer.body.error.code as string)));
}

const count = (codes: readonly string[], code: string): number => codes.filter((c) => c === code).length;

describe('every limit holds under concurrency (api.md "Limits")', () => {
  it('12 wrong passwords at once lock the account: the right one then gets 423 account_locked', async () => {
    const { username, password } = await t.account();
    const codes = await atOnce(12, () => t.signIn(username, 'not the password, surely'));
    expect(count(codes, 'invalid_credentials') + count(codes, 'account_locked')).toBe(12);
    const after = await t.signIn(username, password);
    expect(after.status).toBe(423);
    expect(after.body.error.code).toBe('account_locked');
  });

  it('a failure never lifts a lock: 9 wrong, then 6 wrong at once, leave the account locked', async () => {
    const { username, password } = await t.account();
    for (let i = 0; i < 9; i += 1) await t.signIn(username, 'not the password, surely');
    await atOnce(6, () => t.signIn(username, 'not the password, surely'));
    expect((await t.signIn(username, password)).body.error.code).toBe('account_locked');
  });

  it('a burst of passwords checks at most 10, and once locked the right one answers as the wrong ones do', async () => {
    const { username, password } = await t.account();
    // 30 guesses at once, the right password among them (the review's burst).
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 22 ? password : `wrong guess number ${i}`));
    const answers = await Promise.all(guesses.map((guess) => t.signIn(username, guess)));
    const codes = answers.map((answer) => (answer.status < 300 ? 'ok' : (answer.body.error.code as string)));
    expect(count(codes, 'invalid_credentials')).toBeLessThanOrEqual(10);
    expect(count(codes, 'invalid_credentials') + count(codes, 'account_locked') + count(codes, 'ok')).toBe(30);
    // The right guess is told apart only if it was checked before the lock: then it signed in.
    expect(['ok', 'account_locked']).toContain(codes[22]);
    if (codes[22] === 'account_locked') expect(count(codes, 'account_locked')).toBeGreaterThan(1);
  });

  it('12 wrong recovery codes at once: at most 5 are checked (invalid_code), the rest 423 factor_locked', async () => {
    const { username, password, recoveryCode } = await compliantAccount(t);
    const transaction = (await t.signIn(username, password)).body.transaction as string;
    const codes = await atOnce(12, () =>
      t.call('POST', '/api/v1/sign-in/recovery-code', { transaction, code: wrongRecoveryCode }),
    );
    expect(count(codes, 'invalid_code')).toBeLessThanOrEqual(5);
    expect(count(codes, 'invalid_code') + count(codes, 'factor_locked')).toBe(12);
    const right = await t.call('POST', '/api/v1/sign-in/recovery-code', { transaction, code: recoveryCode });
    expect(right.body.error.code).toBe('factor_locked');
  });

  it('recovery-code confirmations count: 5 wrong in a row lock for 15 minutes (the 5th has attemptsLeft 0)', async () => {
    const { username, password } = await t.account();
    const token = (await t.signIn(username, password)).body.session.token as string;
    const code = (await t.call('POST', '/api/v1/me/recovery-code', undefined, token)).body.code as string;
    const wrong = String((Number(code.slice(-4)) + 1) % 10000).padStart(4, '0');
    const left: unknown[] = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: wrong }, token);
      expect(answer.body.error.code).toBe('recovery_code_mismatch');
      left.push(answer.body.error.details?.attemptsLeft);
    }
    expect(left).toEqual([4, 3, 2, 1, 0]);
    const locked = await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: code.slice(-4) }, token);
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('factor_locked');
    expect(locked.headers.get('retry-after')).toBe('900');
    t.clock.advance(901);
    const confirmed = await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: code.slice(-4) }, token);
    expect(confirmed.body).toEqual({ status: 'confirmed' });
  });

  it('12 wrong confirmations at once lock: at most 5 mismatches, the rest and the right digits 423', async () => {
    const { username, password } = await t.account();
    const token = (await t.signIn(username, password)).body.session.token as string;
    const code = (await t.call('POST', '/api/v1/me/recovery-code', undefined, token)).body.code as string;
    const wrong = String((Number(code.slice(-4)) + 1) % 10000).padStart(4, '0');
    const codes = await atOnce(12, () =>
      t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: wrong }, token),
    );
    expect(count(codes, 'recovery_code_mismatch')).toBeLessThanOrEqual(5);
    expect(count(codes, 'recovery_code_mismatch') + count(codes, 'factor_locked')).toBe(12);
    const right = await t.call('POST', '/api/v1/me/recovery-code/confirm', { lastDigits: code.slice(-4) }, token);
    expect(right.body.error.code).toBe('factor_locked');
  });
});
